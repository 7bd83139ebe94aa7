import { ObjectId } from 'bson';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../storage/doc.js';
import { applyUpdate, buildUpsertDocument } from './apply-update.js';
import { parseUpdate } from './update-spec.js';
import { seedFromFilter } from './upsert-seed.js';

const update = (doc: Doc, u: unknown): Doc =>
  applyUpdate(doc, parseUpdate(u, undefined), { inserting: false });

describe('applyUpdate', () => {
  it('applies the supported operators on dotted paths without touching the stored object', () => {
    const stored: Doc = { _id: 1, n: 1, tags: ['a', 'b'], nested: { keep: true, old: 1 }, low: 5 };
    const next = update(stored, {
      $set: { 'nested.deep.x': 1 },
      $inc: { n: 2 },
      $push: { tags: { $each: ['c'] } },
      $pull: { extra: 1 },
      $min: { low: 3 },
      $rename: { 'nested.old': 'renamed' },
      $unset: { missing: '' },
    });
    expect(next).toEqual({
      _id: 1,
      n: 3,
      tags: ['a', 'b', 'c'],
      nested: { keep: true, deep: { x: 1 } },
      low: 3,
      renamed: 1,
    });
    expect(stored).toEqual({ _id: 1, n: 1, tags: ['a', 'b'], nested: { keep: true, old: 1 }, low: 5 });
  });

  it('keeps _id on replacement and applies $setOnInsert only when inserting', () => {
    expect(update({ _id: 7, a: 1 }, { b: 2 })).toEqual({ _id: 7, b: 2 });
    expect(update({ _id: 7, a: 1 }, { $setOnInsert: { a: 9 } })).toEqual({ _id: 7, a: 1 });
    expect(
      applyUpdate({ _id: 7 }, parseUpdate({ $setOnInsert: { a: 9 } }, undefined), { inserting: true }),
    ).toEqual({
      _id: 7,
      a: 9,
    });
  });

  it('allows $set of _id to its current value and refuses any change to it', () => {
    expect(update({ _id: 7, a: 1 }, { $set: { _id: 7, a: 2 } })).toEqual({ _id: 7, a: 2 });
    expect(() => update({ _id: 7 }, { $set: { _id: 8 } })).toThrow(/immutable field '_id'/);
    expect(() => update({ _id: 7 }, { $unset: { _id: '' } })).toThrow(/immutable/);
    expect(() => update({ _id: 7 }, { _id: 8, a: 1 })).toThrow(/immutable/);
  });

  it.each([
    [{ $inc: { s: 1 } }, 14],
    [{ $inc: { n: 'x' } }, 14],
    [{ $push: { s: 1 } }, 2],
    [{ $addToSet: { n: 1 } }, 2],
    [{ $set: { 's.x': 1 } }, 28],
    [{ $set: { 'arr.x': 1 } }, 28],
    [{ $set: { 'nil.x': 1 } }, 28],
  ])('rejects %j like MongoDB (code %i)', (u, code) => {
    const doc: Doc = { _id: 1, s: 'str', n: 1, arr: [], nil: null };
    expect(() => update(doc, u)).toThrow(
      expect.objectContaining({ entry: expect.objectContaining({ code }) }),
    );
  });
});

describe('parseUpdate refusals', () => {
  it.each([
    [{ $set: { 'a.$': 1 } }, undefined, /positional/],
    [{ $set: { 'a.$[].b': 1 } }, undefined, /positional/],
    [{ $set: { 'a.$[x]': 1 } }, [{ x: 1 }], /arrayFilters/],
    [[{ $set: { a: 1 } }], undefined, /pipeline/],
    [{ $bit: { a: { and: 1 } } }, undefined, /\$bit/],
    [{ $currentDate: { a: { $type: 'timestamp' } } }, undefined, /timestamp/],
  ])('refuses %j', (u, arrayFilters, message) => {
    expect(() => parseUpdate(u, arrayFilters)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(message),
        entry: expect.objectContaining({ code: 238 }),
      }),
    );
  });

  it('rejects unknown modifiers (9) and conflicting paths (40)', () => {
    expect(() => parseUpdate({ $frob: { a: 1 } }, undefined)).toThrow(
      expect.objectContaining({ entry: expect.objectContaining({ code: 9 }) }),
    );
    expect(() => parseUpdate({ $set: { a: 1 }, $inc: { 'a.b': 1 } }, undefined)).toThrow(/conflict at 'a'/);
    expect(() => parseUpdate({ $set: { ab: 1 }, $inc: { a: 1 } }, undefined)).not.toThrow();
  });
});

describe('upserts', () => {
  it('seeds from equality conditions only and takes _id from the filter or the update', () => {
    const seed = seedFromFilter({
      userId: 'u1',
      'profile.country': 'NZ',
      age: { $gt: 3 },
      kind: { $eq: 'hiker' },
      name: /^a/,
      $or: [{ x: 1 }],
      $and: [{ team: 'red' }],
    });
    expect(seed).toEqual({ userId: 'u1', profile: { country: 'NZ' }, kind: 'hiker', team: 'red' });

    const built = buildUpsertDocument(seed, parseUpdate({ $set: { theme: 'dark' } }, undefined));
    expect(Object.keys(built)[0]).toBe('_id');
    expect(built['_id']).toBeInstanceOf(ObjectId);
    expect(built).toMatchObject({ userId: 'u1', theme: 'dark' });

    const fromUpdate = buildUpsertDocument({}, parseUpdate({ $setOnInsert: { _id: 'chosen' } }, undefined));
    expect(fromUpdate['_id']).toBe('chosen');
    const replacement = buildUpsertDocument({ _id: 'f' }, parseUpdate({ a: 1 }, undefined));
    expect(replacement).toEqual({ _id: 'f', a: 1 });
  });
});
