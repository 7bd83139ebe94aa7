import * as rules from '../validation/input-rules.js';

/**
 * Readers for one cell each. They return the value, or a message saying what is wrong with it
 * (`{ problem }`), so the caller can collect every problem of a file at once.
 */
export type CellResult<T> = { value: T } | { problem: string };

/** LighterPack writes a missing description, url or price as the text `undefined`. */
const ABSENT = new Set(['undefined', 'null']);
const YES = new Set(['worn', 'consumable', 'x', 'yes', 'y', 'true', '1']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** A cell's text, trimmed, with `undefined` / `null` read as empty. */
export function optionalCell(raw: string): string {
  const text = raw.trim();
  return ABSENT.has(text.toLowerCase()) ? '' : text;
}

/**
 * Text that a spreadsheet would run as a formula: starts with = + - @ (a tab or carriage return in
 * front is trimmed away first). Refused on import, docs/decisions/0809. Our own export writes such
 * text with a leading `'`, which is read back off (`unguarded`).
 */
const FORMULA = /^[=+\-@]/;
const GUARDED = /^'[=+\-@\t\r]/;

export function textCell(raw: string, maxLength: number, label: string): CellResult<string> {
  const text = unguarded(raw);
  if (FORMULA.test(raw.replace(/^[ \t\r]+/, ''))) {
    return { problem: `${label} starts with ${raw.trim()[0]}: a spreadsheet would run it as a formula.` };
  }
  if (text.length > maxLength) return { problem: `${label} must be at most ${maxLength} characters.` };
  return { value: text };
}

/** Our export's formula guard read back off: `'=x` is the text `=x`. */
function unguarded(raw: string): string {
  const text = raw.trim();
  return GUARDED.test(text) ? text.slice(1) : text;
}

export function flagCell(raw: string, label: string): CellResult<boolean> {
  const value = optionalCell(raw).toLowerCase();
  if (YES.has(value)) return { value: true };
  if (NO.has(value)) return { value: false };
  return { problem: `Use "${label}" (or x, yes, 1) or leave it empty.` };
}

/** A whole quantity 1–999; empty is 1. `2.0` is 2 (spreadsheets write that). */
export function quantityCell(raw: string): CellResult<number> {
  const text = optionalCell(raw) || '1';
  const match = /^(\d+)(?:\.0*)?$/.exec(text);
  const quantity = match ? Number(match[1]) : Number.NaN;
  if (quantity >= 1 && quantity <= rules.MAX_QUANTITY) return { value: quantity };
  return { problem: `Quantity must be a whole number from 1 to ${rules.MAX_QUANTITY}.` };
}

export function linkCell(raw: string): CellResult<string | null> {
  const url = optionalCell(raw);
  if (url === '') return { value: null };
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > rules.MAX_TEXT_LENGTH) {
    return { problem: 'Link must be an http or https URL.' };
  }
  return { value: url };
}

/**
 * A plain decimal in the currency's minor units, rounded half up to them (LighterPack stores a
 * float, so `19.990000000000002` happens); 0 and empty mean no price.
 */
export function priceCell(raw: string, digits: number): CellResult<number | null> {
  const text = optionalCell(raw);
  if (text === '') return { value: null };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || `${match[1]}${match[2] ?? ''}` === '') {
    return { problem: 'Price must be a plain decimal amount, like 12.50.' };
  }
  const fraction = (match[2] ?? '').padEnd(digits + 1, '0');
  const tenths = BigInt(`${match[1] || '0'}${fraction.slice(0, digits + 1)}`);
  const minor = (tenths + 5n) / 10n;
  if (minor >= BigInt(rules.MAX_PRICE_MINOR)) return { problem: 'Price is too large.' };
  return { value: minor === 0n ? null : Number(minor) };
}

/** Minor-unit digits of a currency (2 for EUR, 0 for JPY), from the platform's ICU data. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}
