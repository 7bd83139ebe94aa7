import { EJSON } from 'bson';
import { CommandError, ErrorCode } from '../errors.js';
import { createMatcher, type Matcher } from '../query/filter.js';
import { MISSING, valuesAtPath, type Resolved } from '../query/paths.js';
import { valueKey } from './bson-values.js';
import type { Doc } from './doc.js';
import type { IndexSpec } from './index-spec.js';

interface IndexKey {
  key: string;
  /** `{ field: value }` as MongoDB reports it in E11000 errors (`keyValue`). */
  keyValue: Doc;
}

/**
 * Enforces one unique index: a map from each key to the document holding it. Multikey fields (arrays)
 * give a document several keys, as in MongoDB.
 */
export class UniqueIndex {
  private readonly owners = new Map<string, Doc>();
  private readonly applies: Matcher;

  constructor(
    readonly spec: IndexSpec,
    private readonly ns: string,
  ) {
    this.applies = spec.partialFilterExpression ? createMatcher(spec.partialFilterExpression) : () => true;
  }

  /** Throws E11000 if `doc` would take a key another document (not `replacing`) holds. */
  check(doc: Doc, replacing?: Doc): void {
    for (const { key, keyValue } of this.keysOf(doc)) {
      const owner = this.owners.get(key);
      if (owner && owner !== replacing) throw this.duplicateKey(keyValue);
    }
  }

  add(doc: Doc): void {
    for (const { key } of this.keysOf(doc)) this.owners.set(key, doc);
  }

  remove(doc: Doc): void {
    for (const { key } of this.keysOf(doc)) {
      if (this.owners.get(key) === doc) this.owners.delete(key);
    }
  }

  private keysOf(doc: Doc): IndexKey[] {
    const fields = Object.keys(this.spec.key);
    const perField = fields.map((field) => valuesAtPath(doc, field));
    if (this.spec.sparse && perField.every((values) => values.every((value) => value === MISSING))) return [];
    if (!this.applies(doc)) return [];
    const combos = perField.reduce<Resolved[][]>(
      (acc, values) => acc.flatMap((prefix) => dedupe(values).map((value) => [...prefix, value])),
      [[]],
    );
    return combos.map((combo) => {
      const values = combo.map((value) => (value === MISSING ? null : value));
      const keyValue: Doc = {};
      fields.forEach((field, i) => (keyValue[field] = values[i]));
      return { key: valueKey(values), keyValue };
    });
  }

  private duplicateKey(keyValue: Doc): CommandError {
    const shown = Object.entries(keyValue)
      .map(([field, value]) => `${field}: ${EJSON.stringify(value ?? null, { relaxed: true })}`)
      .join(', ');
    return new CommandError(
      ErrorCode.DuplicateKey,
      `E11000 duplicate key error collection: ${this.ns} index: ${this.spec.name} dup key: { ${shown} }`,
      { keyPattern: this.spec.key, keyValue },
    );
  }
}

function dedupe(values: Resolved[]): Resolved[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value === MISSING ? 'missing' : valueKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
