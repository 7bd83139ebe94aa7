import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME, noop } from '@/lib/stories/fixtures';
import { ListPicker, type ListPickerProps } from './list-picker';

const meta: Meta<ListPickerProps> = {
  title: 'Packs/ListPicker',
  component: ListPicker,
  args: { onChange: noop },
};
export default meta;

export const SomeSelected: StoryObj<ListPickerProps> = {
  args: {
    lists: [
      { id: 'a', name: 'Base kit' },
      { id: 'b', name: 'Winter extras' },
      { id: 'c', name: 'Food' },
    ],
    selectedIds: ['a', 'c'],
  },
};
export const NoLists: StoryObj<ListPickerProps> = { args: { lists: [], selectedIds: [] } };
export const LongName: StoryObj<ListPickerProps> = {
  args: { lists: [{ id: 'a', name: LONG_NAME }], selectedIds: [] },
};
