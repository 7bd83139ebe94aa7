import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmailField, PasswordField, type PasswordFieldProps } from './credential-fields';

const meta: Meta<PasswordFieldProps> = {
  title: 'Forms/CredentialFields',
  component: PasswordField,
  args: { autoComplete: 'current-password' },
};
export default meta;

export const CurrentPassword: StoryObj<PasswordFieldProps> = {};
export const NewPasswordWithHint: StoryObj<PasswordFieldProps> = {
  args: { autoComplete: 'new-password', label: 'New password', hint: 'At least 10 characters.' },
};
export const Email: StoryObj<PasswordFieldProps> = {
  render: () => <EmailField error="That is not an email address." defaultValue="not-an-email" />,
};
