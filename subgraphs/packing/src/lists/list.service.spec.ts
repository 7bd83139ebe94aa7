import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readPageRequest } from '../pagination/cursor-page.js';
import { graphQLErrorOf, useScratchDatabase } from '../testing/spec-database.js';
import { ListService } from './list.service.js';

const database = useScratchDatabase();
const lists = () => new ListService(database());

async function itemOf(ownerId: string, name = 'Item'): Promise<string> {
  return (await database().item.create({ data: { ownerId, name, weightMg: 1_000 } })).id;
}

async function entriesOf(listId: string) {
  return database().listEntry.findMany({ where: { listId }, orderBy: { position: 'asc' } });
}

describe('ListService: owner scoping', () => {
  it("pages only the owner's lists, newest first", async () => {
    const owner = randomUUID();
    const first = await lists().create(owner, { name: 'Shelter' });
    const second = await lists().create(owner, { name: 'Kitchen' });
    await lists().create(randomUUID(), { name: 'Not mine' });

    const page = await lists().listForOwner(owner, readPageRequest(10, null));

    expect(page.nodes.map((list) => list.id)).toEqual([second.id, first.id]);
    expect(await page.totalCount()).toBe(2);
  });

  it("answers another owner's list exactly like a missing one on every path, and changes nothing", async () => {
    const owner = randomUUID();
    const theirs = await lists().create(randomUUID(), { name: 'Theirs' });
    const mine = await itemOf(owner);
    const notFound = { code: 'NOT_FOUND', id: theirs.id };

    expect(await graphQLErrorOf(lists().get(owner, theirs.id))).toEqual({
      message: `List ${theirs.id} was not found.`,
      extensions: notFound,
    });
    expect(
      (await graphQLErrorOf(lists().update(owner, theirs.id, { expectedVersion: 1, name: 'x' }))).extensions,
    ).toEqual(notFound);
    expect((await graphQLErrorOf(lists().delete(owner, theirs.id))).extensions).toEqual(notFound);
    expect((await graphQLErrorOf(lists().duplicate(owner, theirs.id))).extensions).toEqual(notFound);
    expect((await graphQLErrorOf(lists().addEntry(owner, theirs.id, { itemId: mine }))).extensions).toEqual(
      notFound,
    );
    expect((await graphQLErrorOf(lists().reorder(owner, theirs.id, []))).extensions).toEqual(notFound);
    expect((await graphQLErrorOf(lists().setCategoryOrder(owner, theirs.id, []))).extensions).toEqual(
      notFound,
    );
    expect(await database().gearList.findUnique({ where: { id: theirs.id } })).toMatchObject({
      name: 'Theirs',
      version: 1,
    });
    expect(await entriesOf(theirs.id)).toEqual([]);

    const missing = randomUUID();
    expect(await graphQLErrorOf(lists().get(owner, missing))).toEqual({
      message: `List ${missing} was not found.`,
      extensions: { code: 'NOT_FOUND', id: missing },
    });
    expect((await graphQLErrorOf(lists().get(owner, 'not-a-uuid'))).extensions.code).toBe('NOT_FOUND');
  });

  it("refuses another owner's item in an entry with NOT_FOUND naming it", async () => {
    const owner = randomUUID();
    const list = await lists().create(owner, { name: 'Shelter' });
    const theirItem = await itemOf(randomUUID());

    expect(
      (await graphQLErrorOf(lists().addEntry(owner, list.id, { itemId: theirItem }))).extensions,
    ).toEqual({
      code: 'NOT_FOUND',
      id: theirItem,
    });
    expect(
      (await graphQLErrorOf(lists().create(owner, { name: 'x', entries: [{ itemId: theirItem }] })))
        .extensions,
    ).toEqual({ code: 'NOT_FOUND', id: theirItem });
  });
});

describe('ListService: versions', () => {
  it('updates at the current version and raises it; a stale version is a CONFLICT naming the current one', async () => {
    const owner = randomUUID();
    const list = await lists().create(owner, { name: 'Shelter' });

    const renamed = await lists().update(owner, list.id, { expectedVersion: 1, name: 'Sleep system' });
    const stale = await graphQLErrorOf(lists().update(owner, list.id, { expectedVersion: 1, name: 'Late' }));

    expect(renamed).toMatchObject({ name: 'Sleep system', version: 2 });
    expect(stale.extensions).toEqual({
      code: 'CONFLICT',
      id: list.id,
      currentVersion: 2,
      field: 'expectedVersion',
    });
    expect(await lists().get(owner, list.id)).toMatchObject({ name: 'Sleep system', version: 2 });
  });

  it('refuses an entry change at a stale version and writes nothing; without a version it applies', async () => {
    const owner = randomUUID();
    const [tent, stove] = [await itemOf(owner, 'Tent'), await itemOf(owner, 'Stove')];
    const list = await lists().create(owner, { name: 'Kit', entries: [{ itemId: tent }] });
    const [entry] = await entriesOf(list.id);

    const added = await graphQLErrorOf(lists().addEntry(owner, list.id, { itemId: stove }, 7));
    const updated = await graphQLErrorOf(lists().updateEntry(owner, entry!.id, { quantity: 2 }, 7));
    const removed = await graphQLErrorOf(lists().removeEntry(owner, entry!.id, 7));

    for (const error of [added, updated, removed]) {
      expect(error.extensions).toEqual({
        code: 'CONFLICT',
        id: list.id,
        currentVersion: 1,
        field: 'expectedVersion',
      });
    }
    expect(await entriesOf(list.id)).toEqual([entry]);
    expect(await lists().addEntry(owner, list.id, { itemId: stove })).toMatchObject({ version: 2 });
  });
});

describe('ListService: entries', () => {
  it('adds entries at the end, refuses the same item twice, changes and removes them, each a new version', async () => {
    const owner = randomUUID();
    const [tent, pad] = [await itemOf(owner, 'Tent'), await itemOf(owner, 'Pad')];
    const list = await lists().create(owner, { name: 'Sleep' });

    expect(await lists().addEntry(owner, list.id, { itemId: tent }, 1)).toMatchObject({ version: 2 });
    expect(
      await lists().addEntry(owner, list.id, { itemId: pad, quantity: 2, wornQuantity: 1, note: 'spare' }, 2),
    ).toMatchObject({ version: 3 });
    expect((await graphQLErrorOf(lists().addEntry(owner, list.id, { itemId: tent }))).extensions).toEqual({
      code: 'CONFLICT',
      field: 'input.itemId',
    });
    const [first, second] = await entriesOf(list.id);
    expect(first).toMatchObject({
      itemId: tent,
      quantity: 1,
      wornQuantity: 0,
      consumable: false,
      note: null,
      position: 0,
    });
    expect(second).toMatchObject({ itemId: pad, quantity: 2, wornQuantity: 1, note: 'spare', position: 1 });

    expect(
      await lists().updateEntry(owner, second!.id, { quantity: 3, consumable: true, note: null }, 3),
    ).toMatchObject({ version: 4 });
    expect((await entriesOf(list.id))[1]).toMatchObject({
      quantity: 3,
      wornQuantity: 1,
      consumable: true,
      note: null,
    });
    expect(
      (await graphQLErrorOf(lists().updateEntry(owner, second!.id, { wornQuantity: 4 }))).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.wornQuantity',
    });

    expect(await lists().removeEntry(owner, first!.id, 4)).toMatchObject({ version: 5 });
    expect((await entriesOf(list.id)).map((entry) => entry.itemId)).toEqual([pad]);
  });

  it("answers another owner's entry like a missing one and leaves it", async () => {
    const other = randomUUID();
    const theirs = await lists().create(other, {
      name: 'Theirs',
      entries: [{ itemId: await itemOf(other) }],
    });
    const [entry] = await entriesOf(theirs.id);
    const owner = randomUUID();

    expect((await graphQLErrorOf(lists().updateEntry(owner, entry!.id, { quantity: 5 }))).extensions).toEqual(
      {
        code: 'NOT_FOUND',
        id: entry!.id,
      },
    );
    expect((await graphQLErrorOf(lists().removeEntry(owner, entry!.id))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: entry!.id,
    });
    expect((await graphQLErrorOf(lists().removeEntry(owner, 'nope'))).extensions.code).toBe('NOT_FOUND');
    expect(await entriesOf(theirs.id)).toEqual([entry]);
  });

  it('reorders entries given each exactly once', async () => {
    const owner = randomUUID();
    const [a, b] = [await itemOf(owner, 'A'), await itemOf(owner, 'B')];
    const list = await lists().create(owner, { name: 'Kit', entries: [{ itemId: a }, { itemId: b }] });
    const [first, second] = await entriesOf(list.id);

    expect((await graphQLErrorOf(lists().reorder(owner, list.id, [first!.id]))).extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    await lists().reorder(owner, list.id, [second!.id, first!.id], 1);

    expect((await entriesOf(list.id)).map((entry) => entry.itemId)).toEqual([b, a]);
  });
});

describe('ListService: delete and duplicate', () => {
  it('duplicates a list with its entries, then deletes the original without touching the copy', async () => {
    const owner = randomUUID();
    const tent = await itemOf(owner, 'Tent');
    const list = await lists().create(owner, { name: 'Shelter', entries: [{ itemId: tent, quantity: 2 }] });

    const copy = await lists().duplicate(owner, list.id);
    expect(await lists().delete(owner, list.id)).toBe(list.id);

    expect(copy).toMatchObject({ name: 'Shelter (copy)', ownerId: owner, version: 1 });
    expect(await entriesOf(copy.id)).toEqual([
      expect.objectContaining({ itemId: tent, quantity: 2, position: 0 }),
    ]);
    expect(await entriesOf(list.id)).toEqual([]);
    expect((await graphQLErrorOf(lists().get(owner, list.id))).extensions.code).toBe('NOT_FOUND');
    expect((await graphQLErrorOf(lists().delete(owner, list.id))).extensions.code).toBe('NOT_FOUND');
  });
});
