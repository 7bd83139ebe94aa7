import { Query } from 'mingo';
import type { AnyObject, Criteria } from 'mingo/types';
import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { isDoc, type Doc } from '../storage/doc.js';
import { mingoOptions, withMingo } from './mingo-options.js';

/** Query operators refused outright, with why (mingo would otherwise approximate or run code). */
const REFUSED_OPERATORS: Record<string, string> = {
  $text: 'the $text operator (there are no text indexes)',
  $where: 'the $where operator (no server-side JavaScript)',
};

/**
 * `$type` aliases mingo answers as MongoDB does. The others cannot be: int32, int64 and double all
 * become JS numbers on the way in, and mingo does not know bson's ObjectId, Binary or Decimal128.
 */
const FAITHFUL_TYPES = new Set<unknown>([
  'string',
  2,
  'object',
  3,
  'array',
  4,
  'bool',
  8,
  'date',
  9,
  'null',
  10,
  'regex',
  11,
  'number',
]);

function checkType(value: unknown): void {
  const aliases = Array.isArray(value) ? value : [value];
  for (const alias of aliases) {
    if (!FAITHFUL_TYPES.has(alias))
      throw notSupported(
        `$type ${JSON.stringify(alias)} (numbers lose int/long/double, bson classes are opaque)`,
      );
  }
}

/** Throws a refusal for any operator the stand-in will not evaluate, wherever it is nested. */
export function checkFilter(filter: unknown): void {
  if (Array.isArray(filter)) {
    filter.forEach(checkFilter);
    return;
  }
  if (!isDoc(filter)) return;
  for (const [key, value] of Object.entries(filter)) {
    const refusal = REFUSED_OPERATORS[key];
    if (refusal) throw notSupported(refusal);
    if (key === '$type') checkType(value);
    checkFilter(value);
  }
}

export function asFilter(value: unknown, field: string): Doc {
  if (value === undefined || value === null) return {};
  if (!isDoc(value))
    throw new CommandError(ErrorCode.TypeMismatch, `BSON field '${field}' must be an object`);
  checkFilter(value);
  return value;
}

export type Matcher = (doc: Doc) => boolean;

export function createMatcher(filter: Doc): Matcher {
  if (Object.keys(filter).length === 0) return () => true;
  const query = withMingo(() => new Query(filter as Criteria<AnyObject>, mingoOptions()));
  return (doc) => withMingo(() => query.test(doc));
}
