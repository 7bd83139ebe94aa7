import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME, noop } from '@/lib/stories/fixtures';
import { ErrorState, type ErrorStateProps } from './error-state';

const meta: Meta<ErrorStateProps> = {
  title: 'Feedback/ErrorState',
  component: ErrorState,
  args: { onRetry: noop },
};
export default meta;

export const Offline: StoryObj<ErrorStateProps> = { args: { message: 'The service could not be reached.' } };
export const LongMessage: StoryObj<ErrorStateProps> = { args: { message: LONG_NAME } };
