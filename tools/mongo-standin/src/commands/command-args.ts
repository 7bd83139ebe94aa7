import { Long } from 'bson';
import { CommandError, ErrorCode } from '../errors.js';
import { isDoc, type Doc } from '../storage/doc.js';

/** The collection named by a command's first field, e.g. `{ find: 'users' }`. */
export function collectionName(command: Doc, name: string): string {
  const value = command[name];
  if (typeof value !== 'string' || value.length === 0) {
    throw new CommandError(ErrorCode.InvalidNamespace, `collection name has invalid type ${typeof value}`);
  }
  return value;
}

/** An optional integer field; drivers send int32, int64 or double depending on the value. */
export function optionalInt(command: Doc, field: string): number | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (value instanceof Long) return value.toNumber();
  throw new CommandError(
    ErrorCode.TypeMismatch,
    `BSON field '${field}' is the wrong type '${typeof value}', expected a number`,
  );
}

export function optionalDoc(command: Doc, field: string): Doc | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (!isDoc(value))
    throw new CommandError(ErrorCode.TypeMismatch, `BSON field '${field}' must be an object`);
  return value;
}

export function docArray(command: Doc, field: string): Doc[] {
  const value = command[field];
  if (!Array.isArray(value) || !value.every(isDoc)) {
    throw new CommandError(ErrorCode.TypeMismatch, `BSON field '${field}' must be an array of objects`);
  }
  return value;
}

/** A cursor id as sent by drivers (Int64; a small one may arrive promoted to a number). */
export function cursorId(value: unknown): Long {
  if (value instanceof Long) return value;
  if (typeof value === 'number' && Number.isInteger(value)) return Long.fromNumber(value);
  throw new CommandError(ErrorCode.TypeMismatch, 'cursor id must be a 64-bit integer');
}
