import type { Meta, StoryObj } from '@storybook/react-vite';
import { POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { ChecklistSection, type ChecklistSectionProps } from './checklist-section';

const noop = () => {};
const kitchen = { id: 'kitchen', name: 'Kitchen', colorIndex: 1 };
const line = (id: string, name: string, weightMg: number, checked: boolean, quantity = 1) => ({
  quantity,
  checked,
  item: { id, name, weightMg, category: kitchen },
});
const lines = [line('stove', 'Stove', 85_000, true), line('pot', 'Pot', 120_000, false, 2)];

const meta: Meta<ChecklistSectionProps> = {
  title: 'Trips/ChecklistSection',
  component: ChecklistSection,
  args: {
    group: { key: 'kitchen', category: kitchen, subtotal: { totalMg: 325_000, itemCount: 3 }, lines },
    visible: lines,
    weight: weightIn('G'),
    folded: false,
    onFoldToggle: noop,
    onToggle: noop,
  },
};
export default meta;

export const Open: StoryObj<ChecklistSectionProps> = {};

export const Folded: StoryObj<ChecklistSectionProps> = { args: { folded: true } };

/** No subtotal from the API (the trip's pack changed since): the weight is the lines' own. */
export const WeightFromItsLines: StoryObj<ChecklistSectionProps> = {
  args: {
    group: { key: 'kitchen', category: kitchen, lines },
    weight: POUNDS_AND_OUNCES,
  },
};

export const LongCategoryName: StoryObj<ChecklistSectionProps> = {
  args: {
    group: {
      key: 'long',
      category: {
        id: 'long',
        name: 'Kitchen, water treatment and everything else for camp '.repeat(2),
        colorIndex: 4,
      },
      subtotal: { totalMg: 99_000_000, itemCount: 3 },
      lines,
    },
    folded: true,
  },
};
