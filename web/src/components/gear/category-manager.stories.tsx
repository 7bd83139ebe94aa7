import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME, noop, PALETTE_CATEGORIES } from '@/lib/stories/fixtures';
import { CategoryManager, type CategoryManagerProps } from './category-manager';

const meta: Meta<CategoryManagerProps> = {
  title: 'Gear/CategoryManager',
  component: CategoryManager,
  args: { onCreate: noop, onRecolor: noop },
};
export default meta;

export const AllPaletteColors: StoryObj<CategoryManagerProps> = { args: { categories: PALETTE_CATEGORIES } };
export const Empty: StoryObj<CategoryManagerProps> = { args: { categories: [] } };
export const LongName: StoryObj<CategoryManagerProps> = {
  args: { categories: [{ id: 'c', name: LONG_NAME, colorIndex: 4 }] },
};
