import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { EmptyState, type EmptyStateProps } from './empty-state';

const meta: Meta<EmptyStateProps> = { title: 'Feedback/EmptyState', component: EmptyState };
export default meta;

export const NoGear: StoryObj<EmptyStateProps> = {
  args: { title: 'No gear yet', children: 'Add your first item above, or import a LighterPack CSV.' },
};

export const LongText: StoryObj<EmptyStateProps> = { args: { title: LONG_NAME, children: LONG_NAME } };

export const EmptyLibraryWithWaysForward: StoryObj<EmptyStateProps> = {
  args: {
    title: 'Your library is empty',
    children: 'Bring your LighterPack lists along, start from the sample gear, or add your first item below.',
    actions: (
      <>
        <a className="button primary" href="/import">
          Import from LighterPack
        </a>
        <button type="button" className="button">
          Add the sample gear
        </button>
      </>
    ),
  },
};
