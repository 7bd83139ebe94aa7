import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { NameForm, type NameFormProps } from './name-form';

const meta: Meta<NameFormProps> = {
  title: 'Forms/NameForm',
  component: NameForm,
  args: { heading: 'New list', label: 'List name', submitLabel: 'Create list', busy: false, onSubmit: noop },
};
export default meta;

export const Empty: StoryObj<NameFormProps> = {};
export const Busy: StoryObj<NameFormProps> = { args: { busy: true } };
export const WithError: StoryObj<NameFormProps> = {
  args: { errors: { fields: { name: 'A list needs a name.' }, unauthenticated: false } },
};
