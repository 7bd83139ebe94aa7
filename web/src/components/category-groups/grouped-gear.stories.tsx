import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop, POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import {
  EXTREME_GROUPS,
  EXTREME_TOTALS,
  PALETTE_GROUPS,
  PALETTE_TOTALS,
  THREE_DAY_GROUPS,
  THREE_DAY_TOTALS,
} from './category-group-fixtures';
import { GroupedGear, type GroupedGearProps } from './grouped-gear';

const meta: Meta<GroupedGearProps> = {
  title: 'CategoryGroups/GroupedGear',
  component: GroupedGear,
  args: {
    weight: weightIn('G'),
    collapsed: new Set<string>(),
    onToggle: noop,
    onMove: noop,
    groups: THREE_DAY_GROUPS,
    totals: THREE_DAY_TOTALS,
  },
};
export default meta;

type Story = StoryObj<GroupedGearProps>;

export const ThreeDayList: Story = {};
export const InPoundsAndOunces: Story = { args: { weight: POUNDS_AND_OUNCES } };
export const AllPaletteColors: Story = { args: { groups: PALETTE_GROUPS, totals: PALETTE_TOTALS } };
export const LongNameHugeWeight: Story = { args: { groups: EXTREME_GROUPS, totals: EXTREME_TOTALS } };
export const Empty: Story = {
  args: {
    groups: [],
    totals: { baseMg: 0, wornMg: 0, consumableMg: 0, totalMg: 0, itemCount: 0, priceTotals: [] },
  },
};
