import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { lighterPackFixture } from '../packing-support/lighterpack-fixtures.js';
import { useChromium } from '../support/chromium.js';

const PASSWORD = 'correct horse battery staple';

// A file exactly as LighterPack's exporter writes it (subgraphs/packing/fixtures/lighterpack), plus
// two rows the API refuses: a rock over 100 kg and a unit it does not know.
const EXPORT = lighterPackFixture('lighterpack-classic.csv');
const WITH_PROBLEMS = `${EXPORT}Rock,Food,undefined,1,250,kilogram,undefined,0,,\nSpoon,Kitchen,undefined,1,12,stone,undefined,0,,\n`;

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

// The LighterPack import as a user does it (decisions 0804, 0809): pick the file, read the API's
// preview (rows by category, totals, problems by line and column), import the good rows, watch the
// job finish, find the gear in the library with exact weights; the same file again reuses it.
describe('the web app in Chromium: importing a LighterPack CSV', () => {
  const { webUrl } = inject('stack');
  const chromium = useChromium('web-import', { clean: true });

  const { shot } = chromium;

  it('previews the picked file, lists its problems by line and column, imports the good rows, and lists the gear', async () => {
    await chromium.withPage(webUrl, (page) => importJourney(page));
  }, 180_000);

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
    const main = page.getByRole('main');
    const picker = page.getByLabel('CSV file');
    const importButton = page.getByRole('button', { name: /^Import \d+ good rows?$/ });
    const problems = main.getByRole('region', { name: 'Problems' });

    // Not a CSV: refused in the page, nothing to import.
    await picker.setInputFiles({
      name: 'tent.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50]),
    });
    await expect
      .poll(() => main.getByRole('alert').innerText())
      .toBe('"tent.png" is not a CSV file. Export your list from LighterPack as CSV and choose that file.');
    expect(await importButton.count()).toBe(0);
    await shot(page, '01-not-a-csv');

    // LighterPack's file with two bad rows: the preview groups the eight good rows by category,
    // totals them, and names each problem's line and column.
    await picker.setInputFiles(csvFile('John_Muir_Trail.csv', WITH_PROBLEMS));
    await expect.poll(() => main.getByText('8 of 10 rows can be imported.').count()).toBe(1);
    expect(await problems.getByRole('listitem').allInnerTexts()).toEqual([
      'Line 10, weight: Weight must be a decimal number under 100 kg per unit.',
      'Line 11, unit: Unit must be ounce, pound, gram or kilogram (or oz, lb, g, kg).',
    ]);
    expect(await main.locator('table caption').allInnerTexts()).toEqual([
      'Shelter — 970.1 g, 4 items',
      'Sleep — 354.4 g, 1 item',
      'Clothing — 900 g, 2 items',
      'Food — 1,400 g, 5 items',
    ]);
    expect(await main.getByTestId('weight-total').innerText()).toBe('3,624.5 g');
    expect(await main.getByTestId('weight-base').innerText()).toBe('1,324.5 g');
    expect(await main.getByRole('rowheader').first().innerText()).toBe('Tent');
    expect(await page.getByLabel('New list name').inputValue()).toBe('John Muir Trail');
    await shot(page, '02-preview-with-problems');

    // Cancel drops the file and its preview.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => main.locator('table').count()).toBe(0);
    expect(await importButton.count()).toBe(0);

    await picker.setInputFiles(csvFile('John_Muir_Trail.csv', WITH_PROBLEMS));
    await expect.poll(() => importButton.innerText()).toBe('Import 8 good rows');
    await importButton.click();
    // The job writes in the background; the page polls until it says it is done.
    await expect.poll(() => main.getByText('Imported 8 rows.').count(), { timeout: 30_000 }).toBe(1);
    // The same file cannot be imported twice by a second click (it would make a second list).
    expect(await importButton.isDisabled()).toBe(true);
    await shot(page, '03-imported');

    // The list the import made holds the eight items, in the file's order.
    await page.getByRole('link', { name: 'Open John Muir Trail' }).click();
    await page.waitForURL(/\/lists\/[^/]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('John Muir Trail');
    // The editor's table (the grouped view above it names each item too).
    const entries = page.getByRole('table', { name: 'Entries' });
    await expect.poll(() => entries.getByRole('rowheader').count()).toBe(8);
    expect((await entries.getByRole('rowheader').allInnerTexts()).map((text) => text.split('\n')[0])).toEqual(
      [
        'Tent',
        'Stakes, titanium',
        'MSR "Groundhog" stake',
        '"Big Agnes" pad',
        'Fleece',
        'Trail runners',
        'Oats',
        'Water',
      ],
    );

    // The library has the items at exact weights, shown in grams (the default unit).
    await page.goto('/gear');
    for (const [name, category, weight] of [
      ['Tent', 'Shelter', '907.2 g'], // 2 pound = 907 184.74 mg → 907 185 mg
      ['MSR "Groundhog" stake', 'Shelter', '13 g'], // 0.46 ounce = 13 040.78 mg → 13 041 mg
      ['Trail runners', 'Clothing', '600 g'],
    ] as const) {
      await expect.poll(() => page.getByRole('rowheader', { name, exact: true }).count()).toBe(1);
      const row = await page.getByRole('row', { name }).first().innerText();
      expect(row).toContain(category);
      expect(row).toContain(weight);
    }
    expect(await page.getByRole('row', { name: /^Total/ }).innerText()).toMatch(
      /Total \(8 items\)\s+3,311\.4 g/,
    );
    await shot(page, '04-gear');

    // The same file again: the preview says every item is already in the library (reused).
    await page.goto('/import');
    await picker.setInputFiles(csvFile('John_Muir_Trail.csv', EXPORT));
    await expect
      .poll(() =>
        main.getByText('8 of 8 rows can be imported; 8 are already in your library and are reused.').count(),
      )
      .toBe(1);
    expect(await main.getByRole('cell', { name: 'In your library' }).count()).toBe(8);
    await shot(page, '05-preview-reused');
  }
});
