import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop, PALETTE_CATEGORIES } from '@/lib/stories/fixtures';
import { GearControls, type GearControlsProps } from './gear-controls';

const meta: Meta<GearControlsProps> = {
  title: 'Gear/GearControls',
  component: GearControls,
  args: {
    categories: PALETTE_CATEGORIES,
    onChange: noop,
    value: { search: '', categoryId: '', sort: 'CREATED', direction: 'DESC', includeArchived: false },
  },
};
export default meta;

export const Default: StoryObj<GearControlsProps> = {};
export const Filtered: StoryObj<GearControlsProps> = {
  args: {
    value: { search: 'titanium', categoryId: 'c3', sort: 'WEIGHT', direction: 'ASC', includeArchived: true },
  },
};
export const NoCategories: StoryObj<GearControlsProps> = { args: { categories: [] } };
