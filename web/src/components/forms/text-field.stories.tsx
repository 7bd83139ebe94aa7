import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { TextField, type TextFieldProps } from './text-field';

const meta: Meta<TextFieldProps> = {
  title: 'Forms/TextField',
  component: TextField,
  args: { label: 'Email', name: 'email', type: 'email' },
};
export default meta;

export const Plain: StoryObj<TextFieldProps> = {};
export const WithHint: StoryObj<TextFieldProps> = {
  args: { label: 'Password', type: 'password', hint: 'At least 12 characters.' },
};
export const WithError: StoryObj<TextFieldProps> = {
  args: { defaultValue: 'not-an-email', error: 'That is not an email address.' },
};
export const LongLabel: StoryObj<TextFieldProps> = { args: { label: LONG_NAME, defaultValue: LONG_NAME } };
