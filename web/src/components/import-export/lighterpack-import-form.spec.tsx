// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIGHTERPACK_EXPORT } from './lighterpack-export-sample';
import { LighterPackImportForm, type LighterPackImportFormProps } from './lighterpack-import-form';

afterEach(cleanup);

function setup(props: Partial<LighterPackImportFormProps> = {}) {
  const onImport = vi.fn<LighterPackImportFormProps['onImport']>();
  const onFileChange = vi.fn<LighterPackImportFormProps['onFileChange']>();
  const view = render(
    <LighterPackImportForm busy={false} onImport={onImport} onFileChange={onFileChange} {...props} />,
  );
  // The container's answer once the API previewed the file: the good rows and the preview.
  const previewed = (goodRowCount: number) =>
    view.rerender(
      <LighterPackImportForm
        busy={false}
        onImport={onImport}
        onFileChange={onFileChange}
        {...props}
        goodRowCount={goodRowCount}
        preview={<p>the preview</p>}
      />,
    );
  return { onImport, onFileChange, previewed, user: userEvent.setup() };
}

const csvFile = (text: string, name = 'John_Muir_Trail.csv') => new File([text], name, { type: 'text/csv' });
const fileInput = () => screen.getByLabelText<HTMLInputElement>('CSV file');
const importButton = () => screen.getByRole('button', { name: /^Import \d+ good rows?$/ });

describe('LighterPackImportForm: preview first, then import the good rows or cancel', () => {
  it('hands the file to preview, names the list after it, and imports exactly that file', async () => {
    const { onImport, onFileChange, previewed, user } = setup();
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();

    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
    await vi.waitFor(() =>
      expect(onFileChange).toHaveBeenLastCalledWith({ name: 'John_Muir_Trail.csv', csv: LIGHTERPACK_EXPORT }),
    );
    expect(screen.getByLabelText<HTMLInputElement>('New list name').value).toBe('John Muir Trail');
    // Nothing to import until the preview says how many rows are good.
    expect(importButton()).toHaveProperty('disabled', true);

    previewed(4);
    expect(screen.getByText('the preview')).toBeTruthy();
    expect(importButton().textContent).toBe('Import 4 good rows');
    await user.click(importButton());
    expect(onImport).toHaveBeenCalledWith({ csv: LIGHTERPACK_EXPORT, listName: 'John Muir Trail' });
  });

  it('cancels: the file, the preview and the buttons go, nothing is imported', async () => {
    const { onImport, onFileChange, previewed, user } = setup();
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
    await vi.waitFor(() => expect(onFileChange).toHaveBeenCalledTimes(2)); // cleared, then read
    previewed(4);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onFileChange).toHaveBeenLastCalledWith(undefined);
    expect(fileInput().value).toBe('');
    expect(screen.queryByText('the preview')).toBeNull();
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('keeps the button off while busy, after the file was imported, and with no good row', async () => {
    for (const props of [{ busy: true }, { imported: true }]) {
      const { onImport, previewed, user } = setup(props);
      await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
      await screen.findByRole('button', { name: /Import/ });
      previewed(4);
      await user.click(importButton());
      expect(onImport).not.toHaveBeenCalled();
      cleanup();
    }
    const { previewed, user } = setup();
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
    await screen.findByRole('button', { name: /Import/ });
    previewed(0);
    expect(importButton()).toHaveProperty('disabled', true);
  });
});

describe('LighterPackImportForm: files that cannot be imported', () => {
  // The file dialog offers CSV files first (accept=".csv,text/csv"), but "All files" or a drop
  // lets anything through: pick as that user would, without user-event filtering by `accept`.
  const anyFile = () => userEvent.setup({ applyAccept: false });

  async function expectRefused(user: ReturnType<typeof userEvent.setup>, file: File, message: string) {
    await user.upload(fileInput(), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
    expect(fileInput().getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
  }

  it('offers only CSV files in the dialog', () => {
    setup();
    expect(fileInput().accept).toBe('.csv,text/csv');
  });

  it('refuses a file that is not CSV, a binary file renamed .csv, and an empty file', async () => {
    const { onImport, onFileChange, user } = setup();
    await expectRefused(
      anyFile(),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'tent.png', { type: 'image/png' }),
      '"tent.png" is not a CSV file. Export your list from LighterPack as CSV and choose that file.',
    );
    await expectRefused(
      user,
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], 'gear.csv', { type: 'text/csv' }),
      '"gear.csv" is not a CSV file. Export your list from LighterPack as CSV and choose that file.',
    );
    await expectRefused(user, csvFile('\n', 'empty.csv'), '"empty.csv" is empty.');
    expect(onFileChange.mock.calls.every(([file]) => file === undefined)).toBe(true);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses a file over 500 KB without reading it, and says both sizes', async () => {
    const { onFileChange, user } = setup();
    const oversized = csvFile(`${LIGHTERPACK_EXPORT}${'x'.repeat(500_001)}`, 'huge.csv');
    const text = vi.spyOn(oversized, 'text');
    await expectRefused(
      user,
      oversized,
      '"huge.csv" is 501 KB; the largest file that can be imported is 500 KB.',
    );
    expect(text).not.toHaveBeenCalled();
    expect(onFileChange).toHaveBeenLastCalledWith(undefined);
  });

  it('drops an earlier good file when a bad one is picked', async () => {
    const { onFileChange, previewed, user } = setup();
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
    previewed(4);
    await screen.findByText('the preview');
    await expectRefused(user, csvFile('', 'empty.csv'), '"empty.csv" is empty.');
    expect(onFileChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.queryByText('the preview')).toBeNull();
  });
});
