import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  GERMAN_KILOGRAMS,
  HUGE_MG,
  LONG_NAME,
  noop,
  PALETTE_CATEGORIES,
  weightIn,
} from '@/lib/stories/fixtures';
import { EntryTable, type EntryTableProps } from './entry-table';

const meta: Meta<EntryTableProps> = {
  title: 'Lists/EntryTable',
  component: EntryTable,
  args: { weight: weightIn('G'), onChange: noop, onRemove: noop, onReorder: noop },
};
export default meta;

export const AllPaletteColors: StoryObj<EntryTableProps> = {
  args: {
    entries: PALETTE_CATEGORIES.map((category, index) => ({
      id: `e${index}`,
      quantity: index + 1,
      wornQuantity: index % 3 === 0 ? 1 : 0,
      consumable: index % 4 === 1,
      item: { id: `i${index}`, name: `Item ${index}`, weightMg: 25_000 * (index + 1), category },
    })),
  },
};
export const Empty: StoryObj<EntryTableProps> = { args: { entries: [] } };
export const LongNameHugeWeight: StoryObj<EntryTableProps> = {
  args: {
    weight: GERMAN_KILOGRAMS,
    entries: [
      {
        id: 'e',
        quantity: 1,
        wornQuantity: 0,
        consumable: false,
        item: { id: 'i', name: LONG_NAME, weightMg: HUGE_MG, category: null },
      },
    ],
  },
};

/** In the 328 px a 360 px phone leaves: each row stacks into a card, every control on the screen. */
export const OnAPhone: StoryObj<EntryTableProps> = {
  args: { ...AllPaletteColors.args, entries: AllPaletteColors.args?.entries?.slice(0, 3) },
  decorators: [
    (Story) => (
      <div style={{ width: 328 }}>
        <Story />
      </div>
    ),
  ],
};
