import * as rules from '../validation/input-rules.js';
import { readHeader, type Column } from './lighterpack-columns.js';
import { parseCsv, type CsvRecord } from './parse-csv.js';
import {
  flagCell,
  linkCell,
  minorDigits,
  optionalCell,
  priceCell,
  quantityCell,
  textCell,
  type CellResult,
} from './read-cells.js';
import { readWeightUnit, toMilligrams, type WeightUnit } from './weight-units.js';

export const MAX_IMPORT_ROWS = 1000;
/** Characters in a file; the router's 1 MB body limit comes first for JSON bodies. */
export const MAX_CSV_CHARS = 1_000_000;
/** More cells than this in one line is not a gear list. */
export const MAX_COLUMNS = 50;

export interface ImportRow {
  /** 1-based data row (the header is row 0). */
  row: number;
  /** 1-based line of the file the row starts on (the header is usually line 1). */
  line: number;
  name: string;
  category: string | null;
  description: string | null;
  quantity: number;
  weightMg: number;
  /** The unit the weight was written in: the item's author unit. */
  unit: WeightUnit;
  link: string | null;
  priceMinor: number | null;
  /** LighterPack marks a row worn or not; a worn row wears all its units here. */
  worn: boolean;
  consumable: boolean;
}

/** A problem with one cell, or with the file when `row` is 0 and `column` empty. */
export interface RowError {
  row: number;
  line: number;
  column: string;
  message: string;
}

/** A problem as a job keeps it: jobs that failed before lines were kept stored none. */
export type StoredRowError = Omit<RowError, 'line'> & { line?: number };

export interface ReadResult {
  /** The rows without problems, in file order. */
  rows: ImportRow[];
  /** Every problem, in file order. */
  errors: RowError[];
  /** The file as a whole cannot be read (no header, no rows, too big, binary): nothing is importable. */
  unreadable: boolean;
  /** Data rows in the file (0 when it cannot be read). */
  rowCount: number;
}

/** Control characters a text file never holds (tab, LF and CR are fine), and the decoder's U+FFFD. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/**
 * Reads and validates every row (never stopping at the first problem) so the user sees the whole
 * file at once; good rows are returned even when others have problems.
 */
export function readLighterPackRows(text: string, currency: string): ReadResult {
  const unreadable = (line: number, message: string): ReadResult => ({
    rows: [],
    errors: [{ row: 0, line, column: '', message }],
    unreadable: true,
    rowCount: 0,
  });
  if (text.length > MAX_CSV_CHARS) {
    return unreadable(lineAt(text, MAX_CSV_CHARS), `The file is over ${MAX_CSV_CHARS} characters.`);
  }
  const binary = BINARY.exec(text);
  if (binary) return unreadable(lineAt(text, binary.index), 'This is not a text file (binary data).');

  const [header, ...data] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return unreadable(1, 'The file is empty.');
  if (header.cells.length > MAX_COLUMNS) {
    return unreadable(header.line, `The header has over ${MAX_COLUMNS} columns.`);
  }
  const { positions, problems } = readHeader(header.cells);
  if (problems.length > 0) {
    return {
      rows: [],
      errors: problems.map(({ column, message }) => ({ row: 0, line: header.line, column, message })),
      unreadable: true,
      rowCount: 0,
    };
  }
  if (data.length === 0) return unreadable(header.line, 'The file has no rows.');
  const tooMany = data[MAX_IMPORT_ROWS];
  if (tooMany) return unreadable(tooMany.line, `At most ${MAX_IMPORT_ROWS} rows.`);

  const digits = minorDigits(currency);
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  data.forEach((record, index) => {
    const { row, problems } = readRow(record, index + 1, positions, digits);
    errors.push(...problems);
    if (row) rows.push(row);
  });
  return { rows, errors, unreadable: false, rowCount: data.length };
}

function readRow(
  { line, cells }: CsvRecord,
  row: number,
  positions: ReadonlyMap<Column, number>,
  digits: number,
): { row: ImportRow | null; problems: RowError[] } {
  const problems: RowError[] = [];
  if (cells.length > MAX_COLUMNS) {
    return { row: null, problems: [{ row, line, column: '', message: `Over ${MAX_COLUMNS} cells.` }] };
  }
  const raw = (column: Column) => cells[positions.get(column) ?? -1] ?? '';
  function take<T>(column: Column, result: CellResult<T>, fallback: T): T {
    if ('value' in result) return result.value;
    problems.push({ row, line, column, message: result.problem });
    return fallback;
  }

  const name = take('Item Name', textCell(raw('Item Name'), rules.MAX_NAME_LENGTH, 'Name'), '');
  if (name === '' && problems.length === 0) {
    problems.push({ row, line, column: 'Item Name', message: 'Name is empty.' });
  }
  const category = take(
    'Category',
    textCell(optionalCell(raw('Category')), rules.MAX_NAME_LENGTH, 'Category'),
    '',
  );
  const description = take(
    'desc',
    textCell(optionalCell(raw('desc')), rules.MAX_TEXT_LENGTH, 'Description'),
    '',
  );
  const quantity = take('qty', quantityCell(raw('qty')), 1);
  const { unit, weightMg } = readWeight(raw('weight'), raw('unit'), (column, message) =>
    problems.push({ row, line, column, message }),
  );
  const link = take('url', linkCell(raw('url')), null);
  const priceMinor = take('price', priceCell(raw('price'), digits), null);
  const worn = take('worn', flagCell(raw('worn'), 'Worn'), false);
  const consumable = take('consumable', flagCell(raw('consumable'), 'Consumable'), false);
  if (problems.length > 0) return { row: null, problems };
  return {
    row: {
      row,
      line,
      name,
      category: category || null,
      description: description || null,
      quantity,
      weightMg,
      unit,
      link,
      priceMinor,
      worn,
      consumable,
    },
    problems,
  };
}

/** Weight and unit together: an empty weight is 0; a weight needs a unit, never guessed. */
function readWeight(
  weightCell: string,
  unitCell: string,
  fail: (column: Column, message: string) => void,
): { unit: WeightUnit; weightMg: number } {
  const weightText = optionalCell(weightCell) || '0';
  const unitText = optionalCell(unitCell);
  const unit = unitText === '' ? null : readWeightUnit(unitText);
  if (unitText !== '' && !unit)
    fail('unit', 'Unit must be ounce, pound, gram or kilogram (or oz, lb, g, kg).');
  const weightMg = toMilligrams(weightText, unit ?? 'g');
  // With an unknown unit only the number's form can be checked.
  const tooHeavy = unit !== null && weightMg !== null && weightMg >= rules.MAX_WEIGHT_MG;
  if (weightMg === null || tooHeavy) {
    fail('weight', 'Weight must be a decimal number under 100 kg per unit.');
  } else if (unitText === '' && weightMg > 0) {
    fail('unit', 'The weight needs a unit: ounce, pound, gram or kilogram.');
  }
  return { unit: unit ?? 'g', weightMg: weightMg ?? 0 };
}

/** The 1-based line of the character at `index`. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}
