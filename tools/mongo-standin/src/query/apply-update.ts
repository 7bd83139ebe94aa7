import { EJSON, ObjectId } from 'bson';
import { update as mingoUpdate } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { cloneDoc, valueKey } from '../storage/bson-values.js';
import { isDoc, type Doc } from '../storage/doc.js';
import { mingoOptions, withMingo } from './mingo-options.js';
import { probePath } from './paths.js';
import type { ParsedUpdate } from './update-spec.js';

/** Operators that write a value at their path (so the path must be creatable). */
const WRITING = new Set([
  '$set',
  '$setOnInsert',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$currentDate',
  '$push',
  '$addToSet',
]);
const NUMERIC = new Set(['$inc', '$mul']);
const ARRAY = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop']);

export interface ApplyOptions {
  /** True when the update builds an upserted document: `$setOnInsert` then applies. */
  inserting: boolean;
}

/**
 * Returns the updated copy of `doc` (the stored object is left alone). Checks first what mingo would
 * silently skip but MongoDB rejects: `$inc` on a string, `$push` on a non-array, a path through a
 * scalar, and any change to `_id`.
 */
export function applyUpdate(doc: Doc, parsed: ParsedUpdate, options: ApplyOptions): Doc {
  if (parsed.kind === 'replacement') {
    const { _id: replacementId, ...rest } = parsed.replacement;
    if (replacementId !== undefined && valueKey(replacementId) !== valueKey(doc['_id'])) throw immutableId();
    return cloneDoc({ _id: doc['_id'], ...rest });
  }
  const next = cloneDoc(doc);
  const modifier: Doc = {};
  for (const [operator, assignments] of Object.entries(parsed.operators)) {
    if (operator === '$setOnInsert') {
      if (options.inserting)
        modifier['$set'] = { ...(modifier['$set'] as Doc | undefined), ...(assignments as Doc) };
      continue;
    }
    if (operator === '$set') {
      modifier['$set'] = { ...(modifier['$set'] as Doc | undefined), ...(assignments as Doc) };
    } else {
      modifier[operator] = assignments;
    }
  }
  for (const [operator, assignments] of Object.entries(modifier)) {
    for (const [path, operand] of Object.entries(assignments as Doc)) {
      if (path === '_id' || path.startsWith('_id.')) {
        // Setting _id to the value it already has is allowed; mingo would refuse any _id write.
        if (operator !== '$set' || !sameValue(doc['_id'], path, operand)) throw immutableId();
        delete (assignments as Doc)[path];
        continue;
      }
      if (operator === '$rename') checkTarget(next, '$set', operand as string, undefined);
      else checkTarget(next, operator, path, operand);
    }
  }
  withMingo(() =>
    mingoUpdate(next as AnyObject, modifier, undefined, undefined, { queryOptions: mingoOptions() }),
  );
  if (valueKey(next['_id']) !== valueKey(doc['_id'])) throw immutableId();
  return next;
}

function checkTarget(doc: Doc, operator: string, path: string, operand: unknown): void {
  const probe = probePath(doc, path);
  if (probe.kind === 'blocked') {
    if (!WRITING.has(operator)) return;
    throw new CommandError(
      ErrorCode.PathNotViable,
      `Cannot create field '${probe.field}' in element {${probe.at || path}: ${show(probe.blocker)}}`,
    );
  }
  if (NUMERIC.has(operator)) {
    if (typeof operand !== 'number') {
      if (isDoc(operand) || typeof operand !== 'object') {
        throw new CommandError(
          ErrorCode.TypeMismatch,
          `Cannot ${opVerb(operator)} with non-numeric argument: {${path}: ${show(operand)}}`,
        );
      }
      throw notSupported(
        `${operator} with a ${typeName(operand)} operand (only doubles and 32/53-bit integers)`,
      );
    }
    if (probe.kind === 'value' && typeof probe.value !== 'number') {
      throw new CommandError(
        ErrorCode.TypeMismatch,
        `Cannot apply ${operator} to a value of non-numeric type. {_id: ${show(doc['_id'])}} has the field '${path}' of non-numeric type ${typeName(probe.value)}`,
      );
    }
  }
  if (ARRAY.has(operator) && probe.kind === 'value' && !Array.isArray(probe.value)) {
    throw new CommandError(
      ErrorCode.BadValue,
      `The field '${path}' must be an array but is of type ${typeName(probe.value)} in document {_id: ${show(doc['_id'])}}`,
    );
  }
}

/** Builds the document an upsert inserts: equality fields of the filter, then the update. */
export function buildUpsertDocument(seed: Doc, parsed: ParsedUpdate): Doc {
  if (parsed.kind === 'replacement') {
    const { _id: replacementId, ...rest } = parsed.replacement;
    const id = replacementId ?? seed['_id'] ?? new ObjectId();
    return cloneDoc({ _id: id, ...rest });
  }
  // An upserted document may take its _id from the update itself.
  const ops = parsed.operators;
  const idFromUpdate =
    (ops['$set'] as Doc | undefined)?.['_id'] ?? (ops['$setOnInsert'] as Doc | undefined)?.['_id'];
  const provisional = { _id: seed['_id'] ?? idFromUpdate ?? new ObjectId(), ...seed };
  return applyUpdate(provisional, parsed, { inserting: true });
}

function sameValue(id: unknown, path: string, operand: unknown): boolean {
  const probe = probePath({ _id: id }, path);
  return probe.kind === 'value' && valueKey(probe.value) === valueKey(operand);
}

function immutableId(): CommandError {
  return new CommandError(
    ErrorCode.ImmutableField,
    "Performing an update on the path '_id' would modify the immutable field '_id'",
  );
}

function opVerb(operator: string): string {
  return operator === '$inc' ? 'increment' : 'multiply';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'object') return (value as { _bsontype?: string })._bsontype ?? 'object';
  return typeof value;
}

function show(value: unknown): string {
  return EJSON.stringify(value ?? null, { relaxed: true });
}
