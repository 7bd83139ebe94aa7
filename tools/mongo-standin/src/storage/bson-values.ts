import { deserialize, serialize } from 'bson';
import type { Doc } from './doc.js';

/**
 * How every document is read off the wire. Int32, double and Longs that fit in 53 bits become JS
 * numbers (what mingo computes with); wider Longs, Decimal128 and binary (UUIDs stay subtype 4) keep
 * their bson classes.
 */
export const BSON_READ_OPTIONS = { promoteLongs: true, promoteValues: true, promoteBuffers: false } as const;

export function readDocument(bytes: Uint8Array): Doc {
  return deserialize(bytes, BSON_READ_OPTIONS);
}

/** A deep copy that keeps bson types (ObjectId, UUID, Date...), which structuredClone would strip. */
export function cloneDoc(doc: Doc): Doc {
  return readDocument(serialize(doc));
}

/**
 * A string that is equal for two values exactly when their BSON encodings are equal; used to dedupe
 * (`distinct`) and to key unique indexes.
 */
export function valueKey(value: unknown): string {
  return Buffer.from(serialize({ v: value ?? null })).toString('base64');
}

export function sameBson(a: Doc, b: Doc): boolean {
  return Buffer.from(serialize(a)).equals(serialize(b));
}
