import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent, within } from 'storybook/test';
import { noop } from '@/lib/stories/fixtures';
import { DEFAULT_WEIGHT_DISPLAY } from '@/lib/weight/weight-display';
import { ImportPreview } from './import-preview';
import { LIGHTERPACK_EXPORT, PREVIEW_OF_EXPORT } from './lighterpack-export-sample';
import { LighterPackImportForm, type LighterPackImportFormProps } from './lighterpack-import-form';

const meta: Meta<LighterPackImportFormProps> = {
  title: 'Import/LighterPackImportForm',
  component: LighterPackImportForm,
  args: { busy: false, onFileChange: noop, onImport: noop },
};
export default meta;
type Story = StoryObj<LighterPackImportFormProps>;

/** Picks `file` as a user would, then waits for what the form shows after reading it. */
function pick(file: File, shows: string, options: { anyFile?: boolean } = {}): Story['play'] {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const user = options.anyFile ? userEvent.setup({ applyAccept: false }) : userEvent;
    await user.upload(canvas.getByLabelText('CSV file'), file);
    await canvas.findByText(shows);
  };
}
const csv = (text: string, name = 'John_Muir_Trail.csv') => new File([text], name, { type: 'text/csv' });
const preview = <ImportPreview preview={PREVIEW_OF_EXPORT} weight={DEFAULT_WEIGHT_DISPLAY} />;

export const NoFileYet: Story = {};
export const PickedExportWithPreview: Story = {
  args: { goodRowCount: 4, preview },
  play: pick(csv(LIGHTERPACK_EXPORT), 'Import 4 good rows'),
};
export const Importing: Story = {
  args: {
    goodRowCount: 4,
    preview,
    busy: true,
    progress: (
      <section className="card stack" aria-live="polite">
        <progress max={4} value={2} aria-label="Import progress" />
        <p>Importing… 2 of 4 rows</p>
      </section>
    ),
  },
  play: pick(csv(LIGHTERPACK_EXPORT), 'Import 4 good rows'),
};
export const NotACsvFile: Story = {
  play: pick(
    new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'tent.png', { type: 'image/png' }),
    '"tent.png" is not a CSV file. Export your list from LighterPack as CSV and choose that file.',
    { anyFile: true },
  ),
};
export const EmptyFile: Story = { play: pick(csv('', 'empty.csv'), '"empty.csv" is empty.') };
export const TooLarge: Story = {
  play: pick(
    csv(`${LIGHTERPACK_EXPORT}${' '.repeat(600_000)}`, 'everything.csv'),
    '"everything.csv" is 601 KB; the largest file that can be imported is 500 KB.',
  ),
};
