import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium.js';

const PASSWORD = 'correct horse battery staple';
const HEADER = 'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable';

// A LighterPack export (the rows of e2e/packing-lighterpack): pounds, ounces, grams, kilograms.
const EXPORT = [
  HEADER,
  'Tent,Shelter,"2p, silnylon",1,2,lb,https://example.com/tent,349.99,,',
  'Socks,Clothing,,2,1.5,oz,,,Worn,',
  'Oats,Food,,4,100,g,,,,Consumable',
  'Pack,,,1,0.9,kg,,,,',
  '',
].join('\r\n');
// The same with a weight in words and a unit the API does not know.
const WITH_PROBLEMS = [
  HEADER,
  'Tent,Shelter,,1,2,lb,,,,',
  'Stove,Kitchen,,1,heavy,g,,,,',
  'Rock,,,1,1,stone,,,,',
].join('\n');

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

// The LighterPack import as a user does it (decision 0804 for the job): pick the file, read the
// preview, import, watch the job finish, find the gear in the library with exact weights.
describe('the web app in Chromium: importing a LighterPack CSV', () => {
  const { webUrl } = inject('stack');
  const chromium = useChromium('web-import', { clean: true });

  const { shot } = chromium;

  it('previews the picked file, shows refused cells by row and column, imports, and lists the gear', async () => {
    await chromium.withPage(webUrl, (page) => importJourney(page));
  }, 120_000);

  async function importJourney(page: Page) {
    // A new account: full accounts start with an empty library.
    await page.goto('/sign-up');
    await page
      .getByLabel('Email')
      .fill(`import-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/gear');

    await page.goto('/import');
    const picker = page.getByLabel('CSV file');
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    const table = page.getByRole('table');
    await expect
      .poll(() => page.getByText('Choose a LighterPack CSV file to see its rows here.').count())
      .toBe(1);
    expect(await importButton.isDisabled()).toBe(true);

    // Not a CSV: refused in the page, nothing to import.
    await picker.setInputFiles({
      name: 'tent.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50]),
    });
    await expect
      .poll(() => page.getByRole('main').getByRole('alert').innerText())
      .toBe('"tent.png" is not a CSV file. Export your list from LighterPack as CSV and choose that file.');
    expect(await importButton.isDisabled()).toBe(true);
    await shot(page, '01-not-a-csv');

    // Cells the API refuses come back by row and column and are marked in the preview.
    await picker.setInputFiles(csvFile('with-problems.csv', WITH_PROBLEMS));
    await expect.poll(() => table.locator('caption').innerText()).toBe('3 rows');
    await importButton.click();
    await expect
      .poll(() => page.getByRole('main').getByRole('alert').innerText())
      .toBe('Some rows need fixing: see the marked cells below.');
    await expect.poll(() => table.locator('caption').innerText()).toBe('3 rows, 2 with problems');
    const invalid = table.locator('td[aria-invalid="true"]');
    expect(await invalid.allInnerTexts()).toEqual([
      'heavy Weight must be a decimal number under 100 kg per unit.',
      'stone Unit must be oz, lb, g or kg.',
    ]);
    expect(await table.locator('tr.row-error th').allInnerTexts()).toEqual(['2', '3']);
    await shot(page, '02-refused-cells');

    // The real export: previewed row by row, the earlier errors gone.
    await picker.setInputFiles(csvFile('lighterpack.csv', EXPORT));
    await expect.poll(() => table.locator('caption').innerText()).toBe('4 rows');
    expect(await invalid.count()).toBe(0);
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['1', '2', '3', '4']);
    expect(await table.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual([
      'Tent',
      'Shelter',
      '2p, silnylon',
      '1',
      '2',
      'lb',
      'https://example.com/tent',
      '349.99',
      '',
      '',
    ]);
    await shot(page, '03-preview');

    await page.getByLabel('New list name').fill('From LighterPack');
    await importButton.click();
    // The job writes in the background; the page polls until it says it is done.
    await expect.poll(() => page.getByText('Imported 4 rows.').count(), { timeout: 30_000 }).toBe(1);
    // The same file cannot be imported twice by a second click (it would make a second list).
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await shot(page, '04-imported');

    // The list the import made holds the four items, in the file's order.
    await page.getByRole('link', { name: 'Open From LighterPack' }).click();
    await page.waitForURL(/\/lists\/[^/]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('From LighterPack');
    // The editor's table (the grouped view above it names each item too).
    const entries = page.getByRole('table', { name: 'Entries' });
    await expect.poll(() => entries.getByRole('rowheader').count()).toBe(4);
    expect((await entries.getByRole('rowheader').allInnerTexts()).map((text) => text.split('\n')[0])).toEqual(
      ['Tent', 'Socks', 'Oats', 'Pack'],
    );

    // The library has the items at exact weights, shown in grams (the default unit), with the
    // categories the import created.
    await page.goto('/gear');
    for (const [name, category, weight] of [
      ['Tent', 'Shelter', '907.2 g'], // 2 lb = 907 184.74 mg → 907 185 mg
      ['Socks', 'Clothing', '42.5 g'], // 1.5 oz = 42 524.28 mg → 42 524 mg
      ['Oats', 'Food', '100 g'],
      ['Pack', 'Uncategorised', '900 g'],
    ] as const) {
      await expect.poll(() => page.getByRole('rowheader', { name, exact: true }).count()).toBe(1);
      const row = await page.getByRole('row', { name: new RegExp(`\\b${name}\\b`) }).innerText();
      expect(row).toContain(category);
      expect(row).toContain(weight);
    }
    expect(await page.getByRole('row', { name: /^Total/ }).innerText()).toMatch(
      /Total \(4 items\)\s+1,949\.7 g/,
    );
    await shot(page, '05-gear');
  }
});
