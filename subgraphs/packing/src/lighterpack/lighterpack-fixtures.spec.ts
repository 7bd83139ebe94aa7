import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPreview } from './import-preview.js';
import { planImport } from './plan-import.js';
import { readLighterPackRows } from './read-rows.js';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/lighterpack', name), 'utf8');
const classic = fixture('lighterpack-classic.csv');

/**
 * The eight items every fixture holds, computed by hand: 1 lb = 453 592.37 mg and
 * 1 oz = 28 349.523125 mg exactly, rounded half up to the milligram.
 */
const ITEMS = [
  // 2 × 453 592.37 = 907 184.74
  {
    name: 'Tent',
    category: 'Shelter',
    quantity: 1,
    weightMg: 907_185,
    unit: 'lb',
    worn: false,
    consumable: false,
  },
  // 1.3 × 28 349.523125 = 36 854.380 0625
  {
    name: 'Stakes, titanium',
    category: 'Shelter',
    quantity: 1,
    weightMg: 36_854,
    unit: 'oz',
    worn: false,
    consumable: false,
  },
  // 0.46 × 28 349.523125 = 13 040.780 6375
  {
    name: 'MSR "Groundhog" stake',
    category: 'Shelter',
    quantity: 2,
    weightMg: 13_041,
    unit: 'oz',
    worn: false,
    consumable: false,
  },
  // 12.5 × 28 349.523125 = 354 369.039 0625
  {
    name: '"Big Agnes" pad',
    category: 'Sleep',
    quantity: 1,
    weightMg: 354_369,
    unit: 'oz',
    worn: false,
    consumable: false,
  },
  {
    name: 'Fleece',
    category: 'Clothing',
    quantity: 1,
    weightMg: 300_000,
    unit: 'g',
    worn: true,
    consumable: false,
  },
  {
    name: 'Trail runners',
    category: 'Clothing',
    quantity: 1,
    weightMg: 600_000,
    unit: 'kg',
    worn: true,
    consumable: false,
  },
  {
    name: 'Oats',
    category: 'Food',
    quantity: 4,
    weightMg: 100_000,
    unit: 'g',
    worn: false,
    consumable: true,
  },
  {
    name: 'Water',
    category: 'Food',
    quantity: 1,
    weightMg: 1_000_000,
    unit: 'kg',
    worn: false,
    consumable: true,
  },
];
/** 907 185 + 36 854 + 2 × 13 041 + 354 369 + 300 000 + 600 000 + 4 × 100 000 + 1 000 000. */
const TOTALS = {
  totalMg: 3_624_490,
  wornMg: 900_000,
  consumableMg: 1_400_000,
  baseMg: 1_324_490,
  itemCount: 12,
};

const FILES: [string, string][] = [
  ['LighterPack, classic exporter', classic],
  ['LighterPack, current exporter', fixture('lighterpack-2026.csv')],
  ['abbreviations', fixture('abbreviations.csv')],
  ['plurals and capitals', fixture('plurals-and-capitals.csv')],
  ['flags 1 / x / yes / true', fixture('flags.csv')],
  ['reordered and missing columns', fixture('reordered-and-missing-columns.csv')],
  ['CRLF line ends', classic.replace(/\n/g, '\r\n')],
  ['a UTF-8 byte order mark', `\uFEFF${classic}`],
  ['trailing blank lines', `${classic}\n\n`],
  ['no final line end', classic.trimEnd()],
  ['BOM, CRLF and a blank line', `\uFEFF${classic.replace(/\n/g, '\r\n')}\r\n`],
];

describe('LighterPack files and their variants', () => {
  it.each(FILES)('%s: every row, exact weights and totals', (_, csv) => {
    const read = readLighterPackRows(csv, 'USD');
    expect(read.errors).toEqual([]);
    expect(
      read.rows.map(({ name, category, quantity, weightMg, unit, worn, consumable }) => ({
        name,
        category,
        quantity,
        weightMg,
        unit,
        worn,
        consumable,
      })),
    ).toEqual(ITEMS);
    expect(read.rows.map((row) => row.description)).toEqual([
      null,
      '6 pack',
      null,
      null,
      'warm, "light"',
      null,
      null,
      '1 litre',
    ]);
    expect(buildPreview(read, planImport(read.rows, [])).summary).toEqual(TOTALS);
  });

  it('reads prices and links, `undefined` and 0 as none', () => {
    const { rows } = readLighterPackRows(classic, 'USD');
    expect(rows.map((row) => [row.priceMinor, row.link])).toEqual([
      [34_999, null],
      [null, 'https://example.com/stakes'],
      [null, null],
      [8_995, null],
      [null, null],
      [12_000, null],
      [null, null],
      [null, null],
    ]);
  });

  it('numbers rows from 1 and lines from the header, a quoted line break counted', () => {
    const csv = 'Item Name,weight,unit,desc\nTent,2,lb,"two\nlines"\nPad,1,lb,\n';
    const { rows } = readLighterPackRows(csv, 'USD');
    expect(rows.map((row) => [row.row, row.line])).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });
});
