import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { StatusIndicator, type StatusIndicatorProps } from './status-indicator';

const meta: Meta<StatusIndicatorProps> = { title: 'Status/StatusIndicator', component: StatusIndicator };
export default meta;

export const Checking: StoryObj<StatusIndicatorProps> = { args: { status: 'checking' } };
export const Up: StoryObj<StatusIndicatorProps> = { args: { status: 'up' } };
export const Down: StoryObj<StatusIndicatorProps> = { args: { status: 'down', reason: 'router not ready' } };
export const DownLongReason: StoryObj<StatusIndicatorProps> = { args: { status: 'down', reason: LONG_NAME } };
