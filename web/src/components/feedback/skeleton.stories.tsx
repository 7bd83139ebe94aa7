import type { Meta, StoryObj } from '@storybook/react-vite';
import { Skeleton, type SkeletonProps } from './skeleton';

const meta: Meta<SkeletonProps> = {
  title: 'Feedback/Skeleton',
  component: Skeleton,
  args: { label: 'Loading your gear…' },
};
export default meta;

export const Default: StoryObj<SkeletonProps> = {};
export const OneRow: StoryObj<SkeletonProps> = { args: { rows: 1 } };
export const ManyRows: StoryObj<SkeletonProps> = { args: { rows: 12 } };
