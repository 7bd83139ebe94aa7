import type { Meta, StoryObj } from '@storybook/react-vite';
import { POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { ChecklistView, type ChecklistViewProps } from './checklist-view';

const noop = () => {};
const line = (
  id: string,
  name: string,
  weightMg: number,
  checked: boolean,
  colorIndex = 0,
  quantity = 1,
) => ({
  quantity,
  checked,
  item: {
    id,
    name,
    weightMg,
    category: { id: `c${colorIndex}`, name: `Category ${colorIndex}`, colorIndex },
  },
});

const meta: Meta<ChecklistViewProps> = {
  title: 'Trips/ChecklistView',
  component: ChecklistView,
  args: {
    weight: weightIn('G'),
    hidePacked: false,
    onToggle: noop,
    onHidePackedChange: noop,
    onUndo: noop,
    onCheckAll: noop,
    onReset: noop,
  },
};
export default meta;

export const Packing: StoryObj<ChecklistViewProps> = {
  args: {
    lines: [line('a', 'Tent', 1_200_000, true), line('b', 'Stove', 85_000, false, 1, 2)],
    progress: { checkedItems: 1, totalItems: 2, checkedMg: 1_200_000, totalMg: 1_370_000 },
    lastChange: 'Tent packed',
  },
};

export const AllPaletteColors: StoryObj<ChecklistViewProps> = {
  args: {
    lines: Array.from({ length: 10 }, (_, index) =>
      line(`i${index}`, `Item ${index}`, 100_000 * index, index % 2 === 0, index),
    ),
    progress: { checkedItems: 5, totalItems: 10, checkedMg: 2_000_000, totalMg: 4_500_000 },
  },
};

export const Empty: StoryObj<ChecklistViewProps> = {
  args: { lines: [], progress: { checkedItems: 0, totalItems: 0, checkedMg: 0, totalMg: 0 } },
};

export const AllPackedAndHidden: StoryObj<ChecklistViewProps> = {
  args: {
    lines: [line('a', 'Tent', 1_200_000, true)],
    progress: { checkedItems: 1, totalItems: 1, checkedMg: 1_200_000, totalMg: 1_200_000 },
    hidePacked: true,
  },
};

export const LongNamesHugeWeights: StoryObj<ChecklistViewProps> = {
  args: {
    weight: POUNDS_AND_OUNCES,
    lines: [
      line(
        'a',
        'An ultralight but unreasonably long-named two-person double-wall tent '.repeat(3),
        99_000_000,
        false,
        3,
        12,
      ),
    ],
    progress: { checkedItems: 0, totalItems: 1, checkedMg: 0, totalMg: 1_188_000_000 },
  },
};
