import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LIGHTERPACK_HEADER, lighterPackFixture } from '../packing-support/lighterpack-fixtures.js';
import { shownGroups, shownTotals } from '../support/category-groups.js';
import { useChromium } from '../support/chromium.js';
import {
  eventually,
  expectFitsThePhone,
  expectThumbTargets,
  expectTruncatedTitle,
  PHONE,
} from '../support/phone-checks.js';

// A file exactly as LighterPack's long-lived exporter writes it: quotes only around commas, a raw
// `MSR "Groundhog" stake`, `undefined` for missing values; units pound, ounce, gram, kilogram;
// two worn items, two consumable ones.
const LIGHTERPACK_FILE = lighterPackFixture('lighterpack-classic.csv');

// What the export of the imported list must be, byte for byte: LighterPack's header, `\n` line ends,
// the rows of each category in the list's order (the file's), every weight in the item's own unit
// spelled out, `Worn` / `Consumable`; quotes only where a raw field would not read back (a comma, a
// leading quote); missing values empty (a 0 price was LighterPack's "none"); prices as plain decimals.
const EXPECTED_EXPORT = [
  LIGHTERPACK_HEADER,
  'Tent,Shelter,,1,2,pound,,349.99,,',
  '"Stakes, titanium",Shelter,6 pack,1,1.3,ounce,https://example.com/stakes,,,',
  'MSR "Groundhog" stake,Shelter,,2,0.46,ounce,,,,',
  '"""Big Agnes"" pad",Sleep,,1,12.5,ounce,,89.95,,',
  'Fleece,Clothing,"warm, ""light""",1,300,gram,,,Worn,',
  'Trail runners,Clothing,,1,0.6,kilogram,,120.00,Worn,',
  'Oats,Food,,4,100,gram,,,,Consumable',
  'Water,Food,1 litre,1,1,kilogram,,,,Consumable',
  '',
].join('\n');

// The grouped list by hand, in milligrams (1 lb = 453 592.37 mg, 1 oz = 28 349.523125 mg, each
// unit's weight rounded half up to whole milligrams):
//   Shelter  tent 2 lb = 907 185; stakes 1.3 oz = 36 854; 2 × 0.46 oz = 2 × 13 041 → 970 121 (4 units)
//   Sleep    12.5 oz = 354 369 (1 unit)
//   Clothing fleece 300 g + trail runners 0.6 kg, both worn → 900 000 (2 units)
//   Food     4 × 100 g oats + 1 kg water, both consumable → 1 400 000 (5 units)
//   total 3 624 490; worn 900 000; consumable 1 400 000; base 3 624 490 − 900 000 − 1 400 000 = 1 324 490.
// Shown in grams (a guest's default unit) to one decimal, prices in US dollars (LighterPack writes
// 0 for no price: the import keeps none, so Food has no price subtotal).
const EXPECTED_GROUPS = [
  ['Shelter', '4', '970.1 g', '$349.99'],
  ['Sleep', '1', '354.4 g', '$89.95'],
  ['Clothing', '2', '900 g', '$120.00'],
  ['Food', '5', '1,400 g', '–'],
];
const EXPECTED_TOTALS = { base: '1,324.5 g', worn: '900 g', consumable: '1,400 g', total: '3,624.5 g' };

// Issue 15's "done when": a hiker coming from LighterPack, on a phone, as a new visitor: home →
// "Try it without an account" → gear → import their LighterPack file through the preview → the
// list grouped by category with the right subtotals → export → a file in LighterPack's format.
// Every page visited fits 360 px with a one-line header.
describe('the web app in Chromium: a LighterPack hiker on a 360 px phone', () => {
  const { webUrl } = inject('stack');
  const chromium = useChromium('web-lighterpack-journey', { clean: true });
  const { shot } = chromium;

  it('tries it without an account, imports a LighterPack file, sees it grouped, exports it back', async () => {
    await chromium.withPage(webUrl, (page) => journey(page), PHONE);
  }, 300_000);

  async function journey(page: Page) {
    await page.goto('/');
    await page.getByRole('button', { name: 'Menu' }).waitFor(); // once the tab knows it is signed out
    await expectFitsThePhone(page);
    await shot(page, '01-home');

    await page.getByRole('button', { name: 'Try it without an account' }).click();
    await page.waitForURL('**/gear');
    await eventually(() => page.getByRole('rowheader', { name: /Down quilt/ }).count()).toBe(1);
    await expectFitsThePhone(page);
    await shot(page, '02-gear');

    // To the import through the menu, as a phone shows it.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.waitForURL('**/import');
    await expectFitsThePhone(page);

    // The preview: every row good, grouped by category with the same subtotals the list will show.
    const main = page.getByRole('main');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'John_Muir_Trail.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(LIGHTERPACK_FILE),
    });
    await eventually(() => main.getByText('8 of 8 rows can be imported.').count()).toBe(1);
    expect(await main.locator('table caption').allInnerTexts()).toEqual([
      'Shelter — 970.1 g, 4 items',
      'Sleep — 354.4 g, 1 item',
      'Clothing — 900 g, 2 items',
      'Food — 1,400 g, 5 items',
    ]);
    expect(await main.getByTestId('weight-total').innerText()).toBe(EXPECTED_TOTALS.total);
    expect(await main.getByTestId('weight-base').innerText()).toBe(EXPECTED_TOTALS.base);
    expect(await page.getByLabel('New list name').inputValue()).toBe('John Muir Trail');
    await expectFitsThePhone(page);
    await shot(page, '03-import-preview');

    await page.getByRole('button', { name: 'Import 8 good rows' }).click();
    await eventually(() => main.getByText('Imported 8 rows.').count()).toBe(1);
    await expectFitsThePhone(page);
    await page.getByRole('link', { name: 'Open John Muir Trail' }).click();
    await page.waitForURL(/\/lists\/[^/]+$/);

    // The list grouped by category, in the file's order, with hand-computed subtotals and totals.
    await eventually(() => shownGroups(page)).toEqual(EXPECTED_GROUPS);
    expect(await shownTotals(page)).toEqual(EXPECTED_TOTALS);
    await expectFitsThePhone(page);
    await shot(page, '04-list-grouped');

    // Export: the file LighterPack writes, so the hiker can go back as easily as they came.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV (LighterPack)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('John-Muir-Trail.csv');
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported.split('\n')[0]).toBe('Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable');
    expect(exported).toBe(EXPECTED_EXPORT);
    await eventually(() => page.getByText('CSV downloaded.').count()).toBe(1);
    await expectFitsThePhone(page);
  }

  it('an empty library offers the LighterPack import and the sample gear, which the API adds', async () => {
    await chromium.withPage(
      webUrl,
      async (page) => {
        // A full account starts with an empty library (only guests are seeded).
        await page.goto('/sign-up');
        await page
          .getByLabel('Email')
          .fill(`empty-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`);
        await page.getByLabel('Password').fill('correct horse battery staple');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.waitForURL('**/gear');
        const main = page.getByRole('main');
        await eventually(() => main.getByText('Your library is empty').count()).toBe(1);
        expect(await main.getByRole('link', { name: 'Import from LighterPack' }).getAttribute('href')).toBe(
          '/import',
        );
        await expectFitsThePhone(page);
        await shot(page, '05-empty-library');

        await main.getByRole('button', { name: 'Add the sample gear' }).click();
        await eventually(() => page.getByRole('rowheader', { name: /Down quilt/ }).count()).toBe(1);
        expect(await main.getByText('Your library is empty').count()).toBe(0);
        expect(await page.getByRole('row', { name: /^Total/ }).innerText()).toMatch(/Total \(16 items\)/);
        await expectFitsThePhone(page);
        await shot(page, '06-sample-gear-added');

        // The lists, the pack and the trip came with it. The trip's long name is one line with an
        // ellipsis, the whole name in the text and title; its check-off rows are thumb-sized.
        await page.goto('/packs');
        await eventually(() => page.getByRole('link', { name: 'Weekend overnighter' }).count()).toBe(1);
        await page.goto('/trips');
        await page.getByRole('link', { name: /Sample trip/ }).click();
        await page.waitForURL(/\/trips\/[^/]+$/);
        await eventually(() => page.getByTestId('checklist-group').count()).toBe(5);
        await expectTruncatedTitle(page, 'Sample trip: one night on the ridge');
        expect(await expectThumbTargets(page, '.checklist-lines label')).toBe(16);
        await expectFitsThePhone(page);

        // A list named at length: one line, nothing wider than the phone.
        const longName = 'Sierra High Route, late September, with the bear canister and the winter quilt';
        await page.goto('/lists');
        await page.getByLabel('List name').fill(longName);
        await page.getByRole('button', { name: 'Create list' }).click(); // opens the new list
        await page.waitForURL(/\/lists\/[^/]+$/);
        await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(longName);
        await expectTruncatedTitle(page, longName);
        await expectFitsThePhone(page);
        await shot(page, '07-long-title');
      },
      PHONE,
    );
  }, 180_000);
});
