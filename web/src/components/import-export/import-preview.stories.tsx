import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_NAME } from '@/lib/stories/fixtures';
import { DEFAULT_WEIGHT_DISPLAY } from '@/lib/weight/weight-display';
import { ImportPreview, type ImportPreviewProps } from './import-preview';
import { PREVIEW_OF_EXPORT, UNREADABLE_PREVIEW } from './lighterpack-export-sample';

const meta: Meta<ImportPreviewProps> = {
  title: 'Import/ImportPreview',
  component: ImportPreview,
  args: { weight: DEFAULT_WEIGHT_DISPLAY },
};
export default meta;
type Story = StoryObj<ImportPreviewProps>;

export const GroupedWithAProblemAndAReusedItem: Story = { args: { preview: PREVIEW_OF_EXPORT } };
export const InOuncesAndPounds: Story = {
  args: { preview: PREVIEW_OF_EXPORT, weight: { unit: 'LB', poundsAndOunces: true, locale: 'en-US' } },
};
export const UnreadableFile: Story = { args: { preview: UNREADABLE_PREVIEW } };
export const LongValues: Story = {
  args: {
    preview: {
      ...PREVIEW_OF_EXPORT,
      categories: PREVIEW_OF_EXPORT.categories.map((category) => ({
        ...category,
        name: LONG_NAME,
        rows: category.rows.map((row) => ({ ...row, name: LONG_NAME, quantity: 999 })),
      })),
      problems: [{ row: 9, line: 12, column: 'desc', message: LONG_NAME }],
    },
  },
};
