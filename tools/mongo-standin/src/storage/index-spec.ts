import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { isDoc, type Doc } from './doc.js';

/** One index of a collection, as the stand-in keeps it. */
export interface IndexSpec {
  name: string;
  /** Key pattern in field order, e.g. `{ email: 1 }`. */
  key: Doc;
  unique: boolean;
  sparse: boolean;
  partialFilterExpression?: Doc;
  /** TTL: documents whose indexed date is older than this many seconds are deleted by the sweep. */
  expireAfterSeconds?: number;
}

export const ID_INDEX: IndexSpec = { name: '_id_', key: { _id: 1 }, unique: true, sparse: false };

/** Index options that change nothing the stand-in can observe, so they are accepted and echoed. */
const HARMLESS_OPTIONS = new Set(['v', 'background', 'hidden', 'ns']);

/** The default name MongoDB gives an index: `field_1_other_-1`. */
export function defaultIndexName(key: Doc): string {
  return Object.entries(key)
    .map(([field, direction]) => `${field}_${String(direction)}`)
    .join('_');
}

/** Validates one entry of `createIndexes.indexes`, refusing index kinds whose semantics it lacks. */
export function parseIndexSpec(raw: unknown): IndexSpec {
  if (!isDoc(raw) || !isDoc(raw['key']) || Object.keys(raw['key']).length === 0) {
    throw new CommandError(ErrorCode.FailedToParse, 'index specification must have a non-empty key document');
  }
  const key = raw['key'];
  for (const [field, direction] of Object.entries(key)) {
    if (direction === 1 || direction === -1 || direction === 'hashed') continue;
    throw notSupported(
      `index type ${JSON.stringify(direction)} on '${field}' (text, geo and wildcard indexes)`,
    );
  }
  for (const option of Object.keys(raw)) {
    if (
      ['key', 'name', 'unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds'].includes(option)
    ) {
      continue;
    }
    if (!HARMLESS_OPTIONS.has(option)) throw notSupported(`the index option '${option}'`);
  }
  const name = typeof raw['name'] === 'string' ? raw['name'] : defaultIndexName(key);
  const spec: IndexSpec = { name, key, unique: raw['unique'] === true, sparse: raw['sparse'] === true };
  if (raw['partialFilterExpression'] !== undefined) {
    if (!isDoc(raw['partialFilterExpression'])) {
      throw new CommandError(ErrorCode.TypeMismatch, 'partialFilterExpression must be an object');
    }
    spec.partialFilterExpression = raw['partialFilterExpression'];
  }
  if (raw['expireAfterSeconds'] !== undefined) {
    if (typeof raw['expireAfterSeconds'] !== 'number' || raw['expireAfterSeconds'] < 0) {
      throw new CommandError(ErrorCode.InvalidOptions, 'expireAfterSeconds must be a non-negative number');
    }
    spec.expireAfterSeconds = raw['expireAfterSeconds'];
  }
  return spec;
}

/** The document `listIndexes` returns for a spec. */
export function describeIndex(spec: IndexSpec): Doc {
  const described: Doc = { v: 2, key: spec.key, name: spec.name };
  if (spec.name === ID_INDEX.name) return described;
  if (spec.unique) described['unique'] = true;
  if (spec.sparse) described['sparse'] = true;
  if (spec.partialFilterExpression) described['partialFilterExpression'] = spec.partialFilterExpression;
  if (spec.expireAfterSeconds !== undefined) described['expireAfterSeconds'] = spec.expireAfterSeconds;
  return described;
}

export function sameIndexOptions(a: IndexSpec, b: IndexSpec): boolean {
  return JSON.stringify(describeIndex(a)) === JSON.stringify(describeIndex(b));
}
