import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { FormAlert } from './form-alert';

type Props = Parameters<typeof FormAlert>[0];

const meta: Meta<Props> = { title: 'Forms/FormAlert', component: FormAlert };
export default meta;

export const Message: StoryObj<Props> = {
  args: { message: 'Too many requests right now. Wait a moment and try again.' },
};
export const LongMessage: StoryObj<Props> = { args: { message: LONG_NAME } };
