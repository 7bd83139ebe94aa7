import * as rules from '../validation/input-rules.js';
import { parseCsv } from './parse-csv.js';
import { isWeightUnit, toMilligrams } from './weight-units.js';

/** LighterPack's export columns, in its order. */
export const LIGHTERPACK_COLUMNS = [
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
] as const;
type Column = (typeof LIGHTERPACK_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 1000;

export interface ImportRow {
  name: string;
  category: string | null;
  description: string | null;
  quantity: number;
  weightMg: number;
  link: string | null;
  priceMinor: number | null;
  /** LighterPack marks a row worn or not; a worn row wears all its units here. */
  worn: boolean;
  consumable: boolean;
}

/** A problem with one cell: `row` is the 1-based data row (the header is row 0). */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

const YES = new Set(['worn', 'consumable', 'x', 'yes', 'true', '1', 'y']);
const NO = new Set(['', 'no', 'false', '0', 'n']);

/** Minor-unit digits of a currency (2 for EUR, 0 for JPY), from the platform's ICU data. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/**
 * Reads and validates every row (never stopping at the first problem) so the user can fix the whole
 * file at once. Columns are found by header name, case-insensitively; a missing column is an error
 * on row 0.
 */
export function readLighterPackRows(
  text: string,
  currency: string,
): { rows: ImportRow[]; errors: RowError[] } {
  let table: string[][];
  try {
    table = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { rows: [], errors: [{ row: 0, column: '', message: (error as Error).message }] };
  }
  const [header = [], ...data] = table;
  const positions = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const errors: RowError[] = [];
  for (const column of LIGHTERPACK_COLUMNS) {
    if (!positions.has(column.toLowerCase())) errors.push({ row: 0, column, message: 'Missing column.' });
  }
  if (data.length === 0) errors.push({ row: 0, column: '', message: 'The file has no rows.' });
  if (data.length > MAX_IMPORT_ROWS) {
    errors.push({ row: MAX_IMPORT_ROWS + 1, column: '', message: `At most ${MAX_IMPORT_ROWS} rows.` });
  }
  if (errors.length > 0) return { rows: [], errors };

  const digits = minorDigits(currency);
  const rows: ImportRow[] = [];
  data.forEach((cells, index) => {
    const row = index + 1;
    const cell = (column: Column) => (cells[positions.get(column.toLowerCase()) ?? -1] ?? '').trim();
    const fail = (column: Column, message: string) => errors.push({ row, column, message });

    const name = cell('Item Name');
    if (name.length < 1 || name.length > rules.MAX_NAME_LENGTH)
      fail('Item Name', 'Name must be 1 to 200 characters.');
    const category = cell('Category') || null;
    if (category && category.length > rules.MAX_NAME_LENGTH)
      fail('Category', 'Category must be at most 200 characters.');
    const description = cell('desc') || null;
    if (description && description.length > rules.MAX_TEXT_LENGTH) fail('desc', 'At most 2000 characters.');

    const qtyText = cell('qty') || '1';
    const quantity = /^\d+$/.test(qtyText) ? Number(qtyText) : Number.NaN;
    if (!(quantity >= 1 && quantity <= rules.MAX_QUANTITY))
      fail('qty', 'Quantity must be a whole number from 1 to 999.');

    const unit = cell('unit').toLowerCase() || 'g';
    if (!isWeightUnit(unit)) fail('unit', 'Unit must be oz, lb, g or kg.');
    const weightMg = isWeightUnit(unit) ? toMilligrams(cell('weight') || '0', unit) : null;
    if (isWeightUnit(unit) && (weightMg === null || weightMg >= rules.MAX_WEIGHT_MG)) {
      fail('weight', 'Weight must be a decimal number under 100 kg per unit.');
    }

    const url = cell('url');
    const linkOk = url === '' || /^https?:\/\/\S+$/i.test(url);
    if (!linkOk || url.length > rules.MAX_TEXT_LENGTH) fail('url', 'Link must be an http or https URL.');

    const priceText = cell('price');
    const priceMatch = /^(\d+)(?:\.(\d+))?$/.exec(priceText);
    let priceMinor: number | null = null;
    if (priceText !== '') {
      if (!priceMatch || (priceMatch[2] ?? '').length > digits) {
        fail('price', `Price must be a decimal amount with at most ${digits} decimals.`);
      } else {
        priceMinor =
          Number(priceMatch[1]) * 10 ** digits + Number((priceMatch[2] ?? '').padEnd(digits, '0') || '0');
        if (priceMinor >= rules.MAX_PRICE_MINOR) fail('price', 'Price is too large.');
        if (priceMinor === 0) priceMinor = null; // LighterPack writes 0 for "no price".
      }
    }

    const flag = (column: Column): boolean => {
      const value = cell(column).toLowerCase();
      if (YES.has(value)) return true;
      if (!NO.has(value)) fail(column, `Use "${column}" or leave it empty.`);
      return false;
    };
    const worn = flag('worn');
    const consumable = flag('consumable');

    rows.push({
      name,
      category,
      description,
      quantity,
      weightMg: weightMg ?? 0,
      link: url || null,
      priceMinor,
      worn,
      consumable,
    });
  });
  return { rows: errors.length ? [] : rows, errors };
}
