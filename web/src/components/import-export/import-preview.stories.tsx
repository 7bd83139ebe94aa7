import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { ImportPreview, type ImportPreviewProps } from './import-preview';

const meta: Meta<ImportPreviewProps> = { title: 'Import/ImportPreview', component: ImportPreview };
export default meta;

const header = ['Item Name', 'Category', 'desc', 'qty', 'weight', 'unit'];

export const RowsWithErrors: StoryObj<ImportPreviewProps> = {
  args: {
    rows: [
      header,
      ['Tent', 'Shelter', '', '1', '1200', 'gram'],
      ['Stove', 'Kitchen', '', '1', 'heavy', 'gram'],
    ],
    errors: [{ row: 2, column: 'weight', message: 'Not a number.' }],
  },
};
export const NoFileYet: StoryObj<ImportPreviewProps> = { args: { rows: [], errors: [] } };
export const LongValues: StoryObj<ImportPreviewProps> = {
  args: {
    rows: [header, [LONG_NAME, LONG_NAME, LONG_NAME, '999999', '99999999999', 'kilogram']],
    errors: [],
  },
};
