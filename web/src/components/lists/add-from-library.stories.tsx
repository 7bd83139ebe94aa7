import type { Meta, StoryObj } from '@storybook/react-vite';
import { HUGE_MG, LONG_NAME, noop, POUNDS_AND_OUNCES, weightIn } from '@/lib/stories/fixtures';
import { AddFromLibrary, type AddFromLibraryProps } from './add-from-library';

const meta: Meta<AddFromLibraryProps> = {
  title: 'Lists/AddFromLibrary',
  component: AddFromLibrary,
  args: { weight: weightIn('G'), onAdd: noop },
};
export default meta;

export const Library: StoryObj<AddFromLibraryProps> = {
  args: {
    items: [
      { id: 'a', name: 'Tent', weightMg: 1_200_000 },
      { id: 'b', name: 'Stove', weightMg: 85_000 },
    ],
  },
};
export const Empty: StoryObj<AddFromLibraryProps> = { args: { items: [] } };
export const LongNameHugeWeight: StoryObj<AddFromLibraryProps> = {
  args: { weight: POUNDS_AND_OUNCES, items: [{ id: 'a', name: LONG_NAME, weightMg: HUGE_MG }] },
};
