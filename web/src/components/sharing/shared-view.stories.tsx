import type { Meta, StoryObj } from '@storybook/react-vite';
import { HUGE_MG, LONG_NAME, PALETTE_CATEGORIES, POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { SharedView, type SharedViewProps } from './shared-view';

const empty = { totalMg: 0, baseMg: 0, wornMg: 0, consumableMg: 0, itemCount: 0 };

const meta: Meta<SharedViewProps> = {
  title: 'Sharing/SharedView',
  component: SharedView,
  args: {
    kind: 'pack',
    name: 'Summer weekend',
    description: 'Two nights in the hills.',
    weight: weightIn('G'),
  },
};
export default meta;

export const AllPaletteColors: StoryObj<SharedViewProps> = {
  args: {
    // One item per category, Item 9 (300 g) heaviest: the API's order, heaviest first.
    categoryGroups: PALETTE_CATEGORIES.map((category, index) => ({
      category,
      entries: [
        {
          name: `Item ${index}`,
          weightMg: 30_000 * (index + 1),
          quantity: 1,
          wornQuantity: index === 0 ? 1 : 0,
          consumable: index === 9,
        },
      ],
      subtotal: {
        totalMg: 30_000 * (index + 1),
        itemCount: 1,
        shareBasisPoints: Math.round((30_000 * (index + 1) * 10_000) / 1_650_000),
      },
    })).reverse(),
    summary: { totalMg: 1_650_000, baseMg: 1_320_000, wornMg: 30_000, consumableMg: 300_000, itemCount: 10 },
  },
};
export const EmptyList: StoryObj<SharedViewProps> = {
  args: { kind: 'list', description: null, categoryGroups: [], summary: empty },
};
export const LongNameHugeWeight: StoryObj<SharedViewProps> = {
  args: {
    name: LONG_NAME,
    weight: POUNDS_AND_OUNCES,
    categoryGroups: [
      {
        category: null,
        entries: [{ name: LONG_NAME, weightMg: HUGE_MG, quantity: 1, wornQuantity: 0, consumable: false }],
        subtotal: { totalMg: HUGE_MG, itemCount: 1, shareBasisPoints: 10_000 },
      },
    ],
    summary: { totalMg: HUGE_MG, baseMg: HUGE_MG, wornMg: 0, consumableMg: 0, itemCount: 1 },
  },
};
