import type { Meta, Story } from '@/lib/stories/csf';
import { GearTable, type GearTableProps } from './gear-table';

const categories = Array.from({ length: 10 }, (_, index) => ({
  id: `c${index}`,
  name: `Category ${index}`,
  colorIndex: index,
}));

const meta: Meta<GearTableProps> = {
  title: 'Gear/GearTable',
  component: GearTable,
  args: { unit: 'G', categories, onSave: () => {}, onArchive: () => {} },
};
export default meta;

export const Library: Story<GearTableProps> = {
  args: {
    items: [
      { id: 'a', name: 'Tent', weightMg: 1_200_000, archived: false, category: categories[0] },
      { id: 'b', name: 'Old stove', weightMg: 300_000, archived: true, category: null },
    ],
  },
};

export const AllPaletteColors: Story<GearTableProps> = {
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

export const Empty: Story<GearTableProps> = { args: { items: [] } };

export const LongNamesHugeWeights: Story<GearTableProps> = {
  args: {
    unit: 'OZ',
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
