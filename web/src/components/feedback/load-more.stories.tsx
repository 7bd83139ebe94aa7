import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { LoadMore, type LoadMoreProps } from './load-more';

const meta: Meta<LoadMoreProps> = {
  title: 'Feedback/LoadMore',
  component: LoadMore,
  args: { noun: 'items', busy: false, onLoadMore: noop },
};
export default meta;

export const FirstPageOfThousand: StoryObj<LoadMoreProps> = {
  args: { shown: 100, total: 1_000, hasMore: true },
};
export const Loading: StoryObj<LoadMoreProps> = {
  args: { shown: 200, total: 1_000, hasMore: true, busy: true },
};
export const AllShown: StoryObj<LoadMoreProps> = { args: { shown: 1_000, total: 1_000, hasMore: false } };
export const Empty: StoryObj<LoadMoreProps> = { args: { shown: 0, total: 0, hasMore: false } };
