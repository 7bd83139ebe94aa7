import type { Meta, StoryObj } from '@storybook/react-vite';
import { PALETTE_CATEGORIES } from '@/lib/stories/fixtures';
import { CategoryOptions, type CategoryOptionsProps } from './category-options';

const meta: Meta<CategoryOptionsProps> = {
  title: 'Gear/CategoryOptions',
  component: CategoryOptions,
  args: { categories: PALETTE_CATEGORIES, noneLabel: 'Uncategorised' },
  // Options only mean something inside a select.
  render: (args) => (
    <label className="field">
      <span>Category</span>
      <select defaultValue="">
        <CategoryOptions {...args} />
      </select>
    </label>
  ),
};
export default meta;

export const Picking: StoryObj<CategoryOptionsProps> = {};
export const Filtering: StoryObj<CategoryOptionsProps> = { args: { noneLabel: 'All categories' } };
export const NoCategories: StoryObj<CategoryOptionsProps> = { args: { categories: [] } };
