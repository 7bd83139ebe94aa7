import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { GuestButton, type GuestButtonProps } from './guest-button';

const meta: Meta<GuestButtonProps> = {
  title: 'Auth/GuestButton',
  component: GuestButton,
  args: { onStart: noop },
};
export default meta;

export const Ready: StoryObj<GuestButtonProps> = { args: { busy: false } };
export const Starting: StoryObj<GuestButtonProps> = { args: { busy: true } };
