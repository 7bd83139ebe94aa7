import { EnumName, RawJsonNumber, isPlainObject } from './value-template.js';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * JSON text of a resolved value, written by hand so that raw numbers (`1e999`) reach the router as
 * written; `undefined` fields are left out, `undefined` list elements become null. Recursive: fine
 * for the depths the generators use (hundreds of levels).
 */
export function toJsonText(value: unknown, seen = new Map<object, string>()): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'object' && seen.has(value)) return seen.get(value)!;
  if (value instanceof RawJsonNumber) return value.text;
  if (value instanceof EnumName) return JSON.stringify(value.name);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  let text: string;
  if (Array.isArray(value)) text = `[${value.map((element) => toJsonText(element, seen)).join(',')}]`;
  else if (isPlainObject(value)) {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    text = `{${fields.map(([key, field]) => `${JSON.stringify(key)}:${toJsonText(field, seen)}`).join(',')}}`;
  } else return JSON.stringify(String(value));
  seen.set(value, text); // a wide list repeats one element: write it once
  return text;
}

/**
 * The same value as a GraphQL literal inside the document. Strings use JSON's escapes (GraphQL's
 * are the same; a lone surrogate becomes `\udXXX`, which the parser must refuse cleanly); enum
 * names are bare; object keys that are not GraphQL names are renamed, the document must parse.
 */
export function toGraphQLLiteral(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof RawJsonNumber) return value.text;
  if (value instanceof EnumName) return NAME.test(value.name) ? value.name : JSON.stringify(value.name);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(toGraphQLLiteral).join(', ')}]`;
  if (isPlainObject(value)) {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    const printed = fields.map(
      ([key, field], index) => `${NAME.test(key) ? key : `_${index}`}: ${toGraphQLLiteral(field)}`,
    );
    return `{${printed.join(', ')}}`;
  }
  return JSON.stringify(String(value));
}
