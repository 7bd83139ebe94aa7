// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportCellError } from './import-preview';
import {
  API_ERRORS_FOR_PROBLEMS,
  LIGHTERPACK_EXPORT,
  LIGHTERPACK_EXPORT_WITH_PROBLEMS,
} from './lighterpack-export-sample';
import { LighterPackImportForm, type LighterPackImportFormProps } from './lighterpack-import-form';

afterEach(cleanup);

function setup(props: Partial<LighterPackImportFormProps> = {}) {
  const onImport = vi.fn<LighterPackImportFormProps['onImport']>();
  const onFileChange = vi.fn<LighterPackImportFormProps['onFileChange']>();
  const view = render(
    <LighterPackImportForm
      errors={[]}
      busy={false}
      onImport={onImport}
      onFileChange={onFileChange}
      {...props}
    />,
  );
  // The answer to an import as the container passes it back: the API's cell errors.
  const answer = (errors: ImportCellError[], formError?: string) =>
    view.rerender(
      <LighterPackImportForm
        errors={errors}
        formError={formError}
        busy={false}
        onImport={onImport}
        onFileChange={onFileChange}
        {...props}
      />,
    );
  return { onImport, onFileChange, answer, user: userEvent.setup() };
}

const csvFile = (text: string, name = 'lighterpack.csv') => new File([text], name, { type: 'text/csv' });
const fileInput = () => screen.getByLabelText<HTMLInputElement>('CSV file');
const importButton = () => screen.getByRole('button', { name: 'Import' });
/** Each preview row as its cells' text, the row number first. */
const previewRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('LighterPackImportForm: picking a LighterPack export', () => {
  it('shows the file row by row, then imports exactly what was shown under the list name given', async () => {
    const { onImport, onFileChange, user } = setup();
    expect(screen.getByText('Choose a LighterPack CSV file to see its rows here.')).toBeTruthy();
    expect(importButton()).toHaveProperty('disabled', true);

    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));

    expect(onFileChange).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('4 rows')).toBeTruthy();
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Row',
      'Item Name',
      'Category',
      'desc',
      'qty',
      'weight',
      'unit',
      'url',
      'price',
      'worn',
      'consumable',
    ]);
    expect(previewRows()).toEqual([
      ['1', 'Tent', 'Shelter', '2p, silnylon', '1', '2', 'lb', 'https://example.com/tent', '349.99', '', ''],
      ['2', 'Socks', 'Clothing', '', '2', '1.5', 'oz', '', '', 'Worn', ''],
      ['3', 'Oats', 'Food', '', '4', '100', 'g', '', '', '', 'Consumable'],
      ['4', 'Pack', '', '', '1', '0.9', 'kg', '', '', '', ''],
    ]);
    expect(screen.getByRole('table').querySelector('[aria-invalid]')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();

    const listName = screen.getByLabelText('New list name');
    await user.clear(listName);
    await user.type(listName, 'Summer kit');
    await user.click(importButton());

    expect(onImport).toHaveBeenCalledTimes(1);
    const [request] = onImport.mock.calls[0] ?? [];
    expect(request).toEqual({
      csv: LIGHTERPACK_EXPORT,
      listName: 'Summer kit',
      rows: [
        ['Item Name', 'Category', 'desc', 'qty', 'weight', 'unit', 'url', 'price', 'worn', 'consumable'],
        ['Tent', 'Shelter', '2p, silnylon', '1', '2', 'lb', 'https://example.com/tent', '349.99', '', ''],
        ['Socks', 'Clothing', '', '2', '1.5', 'oz', '', '', 'Worn', ''],
        ['Oats', 'Food', '', '4', '100', 'g', '', '', '', 'Consumable'],
        ['Pack', '', '', '1', '0.9', 'kg', '', '', '', ''],
      ],
    });
  });

  it('marks the cells the API refused by row and column, and leaves the valid rows unmarked', async () => {
    const { onImport, answer, user } = setup();
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT_WITH_PROBLEMS));
    await screen.findByText('3 rows');
    await user.click(importButton());
    expect(onImport).toHaveBeenCalledWith(expect.objectContaining({ csv: LIGHTERPACK_EXPORT_WITH_PROBLEMS }));

    answer(API_ERRORS_FOR_PROBLEMS, 'Some rows need fixing: see the marked cells below.');

    expect(screen.getByRole('alert').textContent).toBe('Some rows need fixing: see the marked cells below.');
    expect(screen.getByText('3 rows, 2 with problems')).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const invalidCells = (row: HTMLElement | undefined) =>
      row ? [...row.querySelectorAll('[aria-invalid="true"]')].map((cell) => cell.textContent) : [];
    // Row 1 (Tent) is valid; row 2's weight and row 3's unit carry the API's messages.
    expect(rows.map((row) => row.className)).toEqual(['', 'row-error', 'row-error']);
    expect(invalidCells(rows[0])).toEqual([]);
    expect(invalidCells(rows[1])).toEqual(['heavy Weight must be a decimal number under 100 kg per unit.']);
    expect(invalidCells(rows[2])).toEqual(['stone Unit must be oz, lb, g or kg.']);
  });

  it('forgets the last attempt when another file is picked', async () => {
    const { onFileChange, user } = setup();
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT_WITH_PROBLEMS, 'first.csv'));
    await screen.findByText('3 rows');
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT, 'second.csv'));
    expect(await screen.findByText('4 rows')).toBeTruthy();
    expect(onFileChange).toHaveBeenCalledTimes(2);
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
    expect(screen.queryByRole('table')).toBeNull();
    expect(importButton()).toHaveProperty('disabled', true);
  }

  it('offers only CSV files in the dialog', () => {
    setup();
    expect(fileInput().accept).toBe('.csv,text/csv');
  });

  it('refuses a file that is not CSV, by name and type', async () => {
    const { onImport } = setup();
    await expectRefused(
      anyFile(),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'tent.png', { type: 'image/png' }),
      '"tent.png" is not a CSV file. Export your list from LighterPack as CSV and choose that file.',
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses a binary file renamed to .csv', async () => {
    const { onImport, user } = setup();
    await expectRefused(
      user,
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], 'gear.csv', { type: 'text/csv' }),
      '"gear.csv" is not a CSV file. Export your list from LighterPack as CSV and choose that file.',
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses an empty file, and one with only the header', async () => {
    const { onImport, user } = setup();
    await expectRefused(user, csvFile('', 'empty.csv'), '"empty.csv" is empty.');
    await expectRefused(
      user,
      csvFile('Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable\r\n', 'header.csv'),
      '"header.csv" has a header but no rows to import.',
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses a file over 500 KB without reading it, and says both sizes', async () => {
    const { onImport, user } = setup();
    const oversized = csvFile(`${LIGHTERPACK_EXPORT}${'x'.repeat(500_001)}`, 'huge.csv');
    const text = vi.spyOn(oversized, 'text');
    expect(screen.getByText("LighterPack's CSV export, up to 500 KB.")).toBeTruthy();
    await expectRefused(
      user,
      oversized,
      '"huge.csv" is 501 KB; the largest file that can be imported is 500 KB.',
    );
    expect(text).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('drops an earlier good file when a bad one is picked, so nothing can be imported', async () => {
    const { onImport, user } = setup();
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
    await screen.findByText('4 rows');
    expect(importButton()).toHaveProperty('disabled', false);
    await expectRefused(user, csvFile('', 'empty.csv'), '"empty.csv" is empty.');
    await user.click(importButton());
    expect(onImport).not.toHaveBeenCalled();
    expect(screen.getByText('Choose a LighterPack CSV file to see its rows here.')).toBeTruthy();
  });

  it('keeps the button waiting while an import is being started', async () => {
    const { onImport, user } = setup({ busy: true });
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
    await screen.findByText('4 rows');
    expect(importButton()).toHaveProperty('disabled', true);
    await user.click(importButton());
    expect(onImport).not.toHaveBeenCalled();
  });

  it('will not import the same file twice: the button stays off once it was imported', async () => {
    const { onImport, user } = setup({ imported: true });
    await user.upload(fileInput(), csvFile(LIGHTERPACK_EXPORT));
    await screen.findByText('4 rows');
    expect(importButton()).toHaveProperty('disabled', true);
    await user.click(importButton());
    expect(onImport).not.toHaveBeenCalled();
  });
});
