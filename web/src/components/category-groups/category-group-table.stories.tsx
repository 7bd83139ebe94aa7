import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { GERMAN_KILOGRAMS, noop, POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import {
  EXTREME_GROUPS,
  EXTREME_TOTALS,
  PALETTE_GROUPS,
  PALETTE_TOTALS,
  THREE_DAY_GROUPS,
  THREE_DAY_TOTALS,
} from './category-group-fixtures';
import { CategoryGroupTable, type CategoryGroupTableProps } from './category-group-table';

const meta: Meta<CategoryGroupTableProps> = {
  title: 'CategoryGroups/CategoryGroupTable',
  component: CategoryGroupTable,
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

type Story = StoryObj<CategoryGroupTableProps>;

export const ThreeDayList: Story = {};

export const InPoundsAndOunces: Story = { args: { weight: POUNDS_AND_OUNCES } };

export const KitchenFolded: Story = {
  args: { collapsed: new Set(['kitchen']) },
  play: async ({ canvasElement }) => {
    // Text and label queries: role queries are slow where the stories run as tests (jsdom).
    const toggle = within(canvasElement).getByText('Kitchen').closest('button');
    await expect(toggle?.getAttribute('aria-expanded')).toBe('false');
  },
};

export const ReadOnly: Story = { args: { onMove: undefined } };

export const AllPaletteColors: Story = { args: { groups: PALETTE_GROUPS, totals: PALETTE_TOTALS } };

export const LongNameHugeWeight: Story = {
  args: { groups: EXTREME_GROUPS, totals: EXTREME_TOTALS, weight: GERMAN_KILOGRAMS },
};

export const Empty: Story = {
  args: {
    groups: [],
    totals: { baseMg: 0, wornMg: 0, consumableMg: 0, totalMg: 0, itemCount: 0, priceTotals: [] },
  },
};

export const MoveAnnounced: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByLabelText('Move Kitchen up'));
    await expect(canvasElement.textContent).toContain('Kitchen moved to position 1 of 3.');
  },
};
