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
    folded: new Set<string>(),
    onToggle: noop,
    onHidePackedChange: noop,
    onFoldToggle: noop,
    onFold: noop,
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

/** Kitchen folded: its heading keeps the weight and the packed count. */
export const SectionFolded: StoryObj<ChecklistViewProps> = {
  args: {
    lines: [
      line('a', 'Tent', 1_200_000, false),
      line('b', 'Stove', 85_000, false, 1),
      line('c', 'Pot', 120_000, true, 1),
    ],
    progress: { checkedItems: 1, totalItems: 3, checkedMg: 120_000, totalMg: 1_405_000 },
    folded: new Set(['c1']),
  },
};

/** A section packed in full: "Fold packed sections" is offered. */
export const SectionPackedInFull: StoryObj<ChecklistViewProps> = {
  args: {
    lines: [
      line('a', 'Tent', 1_200_000, true),
      line('b', 'Stakes', 8_000, true, 0, 6),
      line('c', 'Stove', 85_000, false, 1),
    ],
    progress: { checkedItems: 2, totalItems: 3, checkedMg: 1_248_000, totalMg: 1_333_000 },
    lastChange: 'Stakes packed',
  },
};

/** Every section folded, in the 328 px a 360 px phone leaves: the headings alone, each a thumb-high target. */
export const AllFoldedOnAPhone: StoryObj<ChecklistViewProps> = {
  args: {
    lines: Array.from({ length: 5 }, (_, index) =>
      line(`i${index}`, `Item ${index}`, 100_000 * (index + 1), index % 2 === 0, index),
    ),
    progress: { checkedItems: 3, totalItems: 5, checkedMg: 900_000, totalMg: 1_500_000 },
    folded: new Set(['c0', 'c1', 'c2', 'c3', 'c4']),
  },
  decorators: [
    (Story) => (
      <div style={{ width: 328 }}>
        <Story />
      </div>
    ),
  ],
};
