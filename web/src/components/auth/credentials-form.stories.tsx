import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { CredentialsForm, type CredentialsFormProps } from './credentials-form';

const meta: Meta<CredentialsFormProps> = {
  title: 'Auth/CredentialsForm',
  component: CredentialsForm,
  args: {
    title: 'Sign in',
    submitLabel: 'Sign in',
    passwordAutoComplete: 'current-password',
    busy: false,
    onSubmit: noop,
  },
};
export default meta;

export const SignIn: StoryObj<CredentialsFormProps> = {};

export const SignUpWithHint: StoryObj<CredentialsFormProps> = {
  args: {
    title: 'Create your account',
    submitLabel: 'Create account',
    passwordAutoComplete: 'new-password',
    passwordHint: 'At least 12 characters.',
  },
};

export const Busy: StoryObj<CredentialsFormProps> = { args: { busy: true } };

export const Errors: StoryObj<CredentialsFormProps> = {
  args: {
    errors: {
      fields: { email: 'That is not an email address.', password: 'Too common a password.' },
      form: 'Check the fields marked below.',
      unauthenticated: false,
    },
  },
};
