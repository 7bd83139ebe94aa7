import type { Meta, StoryObj } from '@storybook/react-vite';
import { POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { GearTable, type GearTableProps } from './gear-table';

const categories = Array.from({ length: 10 }, (_, index) => ({
  id: `c${index}`,
  name: `Category ${index}`,
  colorIndex: index,
}));

const meta: Meta<GearTableProps> = {
  title: 'Gear/GearTable',
  component: GearTable,
  args: { weight: weightIn('G'), categories, onSave: () => {}, onArchive: () => {} },
};
export default meta;

export const Library: StoryObj<GearTableProps> = {
  args: {
    items: [
      { id: 'a', name: 'Tent', weightMg: 1_200_000, archived: false, category: categories[0] },
      { id: 'b', name: 'Old stove', weightMg: 300_000, archived: true, category: null },
    ],
  },
};

export const AllPaletteColors: StoryObj<GearTableProps> = {
  args: {
    items: categories.map((category, index) => ({
      id: `i${index}`,
      name: `Item ${index}`,
      weightMg: 10_000 * (index + 1),
      archived: false,
      category,
    })),
  },
};

export const Empty: StoryObj<GearTableProps> = { args: { items: [] } };

export const LongNamesHugeWeights: StoryObj<GearTableProps> = {
  args: {
    weight: POUNDS_AND_OUNCES,
    items: [
      {
        id: 'a',
        name: 'Very long name '.repeat(20),
        weightMg: 100_000_000,
        archived: false,
        category: categories[9],
      },
    ],
  },
};
