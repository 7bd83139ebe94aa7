import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { ChangePasswordForm, type ChangePasswordFormProps } from './change-password-form';

const meta: Meta<ChangePasswordFormProps> = {
  title: 'Account/ChangePasswordForm',
  component: ChangePasswordForm,
  args: { busy: false, onSubmit: noop },
};
export default meta;

export const Empty: StoryObj<ChangePasswordFormProps> = {};
export const Changed: StoryObj<ChangePasswordFormProps> = { args: { signedOutSessions: 3 } };
export const WrongCurrentPassword: StoryObj<ChangePasswordFormProps> = {
  args: {
    errors: {
      fields: {
        currentPassword: 'That is not your current password.',
        newPassword: 'Too common a password.',
      },
      unauthenticated: false,
    },
  },
};
export const Busy: StoryObj<ChangePasswordFormProps> = { args: { busy: true } };
