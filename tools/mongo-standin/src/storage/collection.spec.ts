import { describe, expect, it } from 'vitest';
import { CommandError } from '../errors.js';
import { Collection } from './collection.js';
import { parseIndexSpec } from './index-spec.js';

const duplicateOf = (run: () => void): CommandError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected a duplicate key error');
};

describe('Collection unique indexes', () => {
  it('enforces _id uniqueness with an E11000 error naming index and key', () => {
    const users = new Collection('app', 'users');
    users.insert({ _id: 1 });
    const error = duplicateOf(() => users.insert({ _id: 1, name: 'again' }));
    expect(error.toReply()).toMatchObject({
      code: 11000,
      keyPattern: { _id: 1 },
      keyValue: { _id: 1 },
      errmsg: 'E11000 duplicate key error collection: app.users index: _id_ dup key: { _id: 1 }',
    });
    expect(users.documents).toHaveLength(1);
  });

  it('treats a missing field as null unless the index is sparse', () => {
    const plain = new Collection('app', 'plain');
    plain.createIndex(parseIndexSpec({ key: { email: 1 }, unique: true }));
    plain.insert({ _id: 1 });
    expect(duplicateOf(() => plain.insert({ _id: 2 })).toReply()).toMatchObject({
      keyValue: { email: null },
    });

    const sparse = new Collection('app', 'sparse');
    sparse.createIndex(parseIndexSpec({ key: { email: 1 }, unique: true, sparse: true }));
    sparse.insert({ _id: 1 });
    sparse.insert({ _id: 2 });
    expect(sparse.documents).toHaveLength(2);
  });

  it('indexes every element of an array and honours partialFilterExpression', () => {
    const packs = new Collection('app', 'packs');
    packs.createIndex(parseIndexSpec({ key: { tags: 1 }, unique: true }));
    packs.insert({ _id: 1, tags: ['tent', 'tent'] });
    expect(duplicateOf(() => packs.insert({ _id: 2, tags: ['stove', 'tent'] })).toReply()).toMatchObject({
      keyValue: { tags: 'tent' },
    });

    const partial = new Collection('app', 'partial');
    partial.createIndex(
      parseIndexSpec({ key: { slug: 1 }, unique: true, partialFilterExpression: { active: true } }),
    );
    partial.insert({ _id: 1, slug: 'a', active: false });
    partial.insert({ _id: 2, slug: 'a', active: true });
    expect(() => partial.insert({ _id: 3, slug: 'a', active: true })).toThrow(/E11000/);
  });

  it('lets a replaced document keep its own key and frees keys of removed documents', () => {
    const users = new Collection('app', 'users');
    users.createIndex(parseIndexSpec({ key: { email: 1 }, unique: true }));
    const first = { _id: 1, email: 'a@x' };
    users.insert(first);
    const renamed = { _id: 1, email: 'a@x', name: 'A' };
    users.replace(first, renamed);
    users.remove(renamed);
    users.insert({ _id: 2, email: 'a@x' });
    expect(users.documents).toEqual([{ _id: 2, email: 'a@x' }]);
  });

  it('refuses to build a unique index over existing duplicates, and index kinds it cannot honour', () => {
    const users = new Collection('app', 'users');
    users.insert({ _id: 1, email: 'a@x' });
    users.insert({ _id: 2, email: 'a@x' });
    expect(() => users.createIndex(parseIndexSpec({ key: { email: 1 }, unique: true }))).toThrow(/E11000/);
    expect(users.indexSpecs.map((s) => s.name)).toEqual(['_id_']);
    expect(() => parseIndexSpec({ key: { bio: 'text' } })).toThrow(/does not support/);
    expect(() => parseIndexSpec({ key: { a: 1 }, collation: { locale: 'fr' } })).toThrow(/does not support/);
  });
});
