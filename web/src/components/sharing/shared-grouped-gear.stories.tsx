import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME, PALETTE_CATEGORIES, POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { SharedGroupedGear, type SharedGroupedGearProps } from './shared-grouped-gear';

const line = (name: string, weightMg: number) => ({
  name,
  weightMg,
  quantity: 1,
  wornQuantity: 0,
  consumable: false,
});

const meta: Meta<SharedGroupedGearProps> = {
  title: 'Sharing/SharedGroupedGear',
  component: SharedGroupedGear,
  args: {
    scope: 'story:shared',
    weight: weightIn('G'),
    groups: [
      {
        category: PALETTE_CATEGORIES[0],
        entries: [line('Tent', 1_200_000), line('Stakes', 100_000)],
        subtotal: { totalMg: 1_300_000, itemCount: 2, shareBasisPoints: 8_125 },
      },
      {
        category: null,
        entries: [line('Rock', 300_000)],
        subtotal: { totalMg: 300_000, itemCount: 1, shareBasisPoints: 1_875 },
      },
    ],
    summary: { totalMg: 1_600_000, baseMg: 1_600_000, wornMg: 0, consumableMg: 0, itemCount: 3 },
  },
};
export default meta;

export const TwoGroups: StoryObj<SharedGroupedGearProps> = {};
export const LongNamePoundsAndOunces: StoryObj<SharedGroupedGearProps> = {
  args: {
    weight: POUNDS_AND_OUNCES,
    groups: [
      {
        category: { name: LONG_NAME, colorIndex: 3 },
        entries: [line(LONG_NAME, 2_500_000)],
        subtotal: { totalMg: 2_500_000, itemCount: 1, shareBasisPoints: 10_000 },
      },
    ],
    summary: { totalMg: 2_500_000, baseMg: 2_500_000, wornMg: 0, consumableMg: 0, itemCount: 1 },
  },
};
