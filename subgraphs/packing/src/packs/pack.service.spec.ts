import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readPageRequest } from '../pagination/cursor-page.js';
import { graphQLErrorOf, useScratchDatabase } from '../testing/spec-database.js';
import { PackService } from './pack.service.js';

const database = useScratchDatabase();
const packs = () => new PackService(database());

async function itemOf(ownerId: string, name = 'Item'): Promise<string> {
  return (await database().item.create({ data: { ownerId, name, weightMg: 2_000 } })).id;
}

async function listOf(ownerId: string, name = 'List'): Promise<string> {
  return (await database().gearList.create({ data: { ownerId, name } })).id;
}

const extrasOf = (packId: string) =>
  database().packEntry.findMany({ where: { packId }, orderBy: { position: 'asc' } });
const listIdsOf = async (packId: string) =>
  (await database().packList.findMany({ where: { packId }, orderBy: { position: 'asc' } })).map(
    (link) => link.listId,
  );

describe('PackService: owner scoping', () => {
  it("pages only the owner's packs, newest first", async () => {
    const owner = randomUUID();
    const first = await packs().create(owner, { name: 'Summer' });
    const second = await packs().create(owner, { name: 'Winter' });
    await packs().create(randomUUID(), { name: 'Not mine' });

    const page = await packs().listForOwner(owner, readPageRequest(1, null));

    expect(page.nodes.map((pack) => pack.id)).toEqual([second.id]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(await page.totalCount()).toBe(2);
    const next = await packs().listForOwner(owner, readPageRequest(1, page.pageInfo.endCursor));
    expect(next.nodes.map((pack) => pack.id)).toEqual([first.id]);
  });

  it("answers another owner's pack exactly like a missing one on every path, and changes nothing", async () => {
    const owner = randomUUID();
    const theirs = await packs().create(randomUUID(), { name: 'Theirs' });
    const [item, list] = [await itemOf(owner), await listOf(owner)];
    const notFound = { code: 'NOT_FOUND', id: theirs.id };

    expect(await graphQLErrorOf(packs().get(owner, theirs.id))).toEqual({
      message: `Pack ${theirs.id} was not found.`,
      extensions: notFound,
    });
    expect(
      (await graphQLErrorOf(packs().update(owner, theirs.id, { expectedVersion: 1, name: 'x' }))).extensions,
    ).toEqual(notFound);
    expect((await graphQLErrorOf(packs().delete(owner, theirs.id))).extensions).toEqual(notFound);
    expect((await graphQLErrorOf(packs().setLists(owner, theirs.id, [list]))).extensions).toEqual(notFound);
    expect((await graphQLErrorOf(packs().addEntry(owner, theirs.id, { itemId: item }))).extensions).toEqual(
      notFound,
    );
    expect((await graphQLErrorOf(packs().setCategoryOrder(owner, theirs.id, []))).extensions).toEqual(
      notFound,
    );
    expect(await database().pack.findUnique({ where: { id: theirs.id } })).toMatchObject({
      name: 'Theirs',
      version: 1,
    });
    expect(await listIdsOf(theirs.id)).toEqual([]);
    expect(await extrasOf(theirs.id)).toEqual([]);

    const missing = randomUUID();
    expect(await graphQLErrorOf(packs().get(owner, missing))).toEqual({
      message: `Pack ${missing} was not found.`,
      extensions: { code: 'NOT_FOUND', id: missing },
    });
    expect((await graphQLErrorOf(packs().get(owner, '42'))).extensions.code).toBe('NOT_FOUND');
  });

  it("refuses another owner's list or item with NOT_FOUND naming it", async () => {
    const owner = randomUUID();
    const pack = await packs().create(owner, { name: 'Summer' });
    const [theirList, theirItem] = [await listOf(randomUUID()), await itemOf(randomUUID())];

    expect((await graphQLErrorOf(packs().setLists(owner, pack.id, [theirList]))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: theirList,
    });
    expect(
      (await graphQLErrorOf(packs().create(owner, { name: 'x', listIds: [theirList] }))).extensions,
    ).toEqual({
      code: 'NOT_FOUND',
      id: theirList,
    });
    expect(
      (await graphQLErrorOf(packs().addEntry(owner, pack.id, { itemId: theirItem }))).extensions,
    ).toEqual({
      code: 'NOT_FOUND',
      id: theirItem,
    });
  });
});

describe('PackService: versions and lists', () => {
  it('sets lists in order at the current version; a stale version is a CONFLICT and keeps the old lists', async () => {
    const owner = randomUUID();
    const [shelter, kitchen] = [await listOf(owner, 'Shelter'), await listOf(owner, 'Kitchen')];
    const pack = await packs().create(owner, { name: 'Summer', listIds: [shelter] });

    expect(await packs().setLists(owner, pack.id, [kitchen, shelter], 1)).toMatchObject({ version: 2 });
    const stale = await graphQLErrorOf(packs().setLists(owner, pack.id, [shelter], 1));
    const twice = await graphQLErrorOf(packs().setLists(owner, pack.id, [shelter, shelter]));

    expect(stale.extensions).toEqual({
      code: 'CONFLICT',
      id: pack.id,
      currentVersion: 2,
      field: 'expectedVersion',
    });
    expect(twice.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'listIds' });
    expect(await listIdsOf(pack.id)).toEqual([kitchen, shelter]);
  });

  it('updates at the current version; a stale one is a CONFLICT naming the current version', async () => {
    const owner = randomUUID();
    const pack = await packs().create(owner, { name: 'Summer' });

    expect(
      await packs().update(owner, pack.id, { expectedVersion: 1, description: 'Three days' }),
    ).toMatchObject({
      name: 'Summer',
      description: 'Three days',
      version: 2,
    });
    expect(
      (await graphQLErrorOf(packs().update(owner, pack.id, { expectedVersion: 1, name: 'Late' }))).extensions,
    ).toEqual({
      code: 'CONFLICT',
      id: pack.id,
      currentVersion: 2,
      field: 'expectedVersion',
    });
  });
});

describe('PackService: extra entries', () => {
  it('adds, changes and removes extras, each a new version; stale versions and a repeated item are refused', async () => {
    const owner = randomUUID();
    const [water, snack] = [await itemOf(owner, 'Water'), await itemOf(owner, 'Snack')];
    const pack = await packs().create(owner, { name: 'Day hike' });

    expect(
      await packs().addEntry(owner, pack.id, { itemId: water, quantity: 2, consumable: true }, 1),
    ).toMatchObject({ version: 2 });
    expect(await packs().addEntry(owner, pack.id, { itemId: snack })).toMatchObject({ version: 3 });
    expect((await graphQLErrorOf(packs().addEntry(owner, pack.id, { itemId: water }))).extensions).toEqual({
      code: 'CONFLICT',
      field: 'input.itemId',
    });
    const [first, second] = await extrasOf(pack.id);
    expect(first).toMatchObject({ itemId: water, quantity: 2, consumable: true, position: 0 });
    expect(second).toMatchObject({ itemId: snack, quantity: 1, position: 1 });

    const staleChange = await graphQLErrorOf(packs().updateEntry(owner, first!.id, { quantity: 1 }, 2));
    const staleRemoval = await graphQLErrorOf(packs().removeEntry(owner, first!.id, 2));
    for (const error of [staleChange, staleRemoval]) {
      expect(error.extensions).toEqual({
        code: 'CONFLICT',
        id: pack.id,
        currentVersion: 3,
        field: 'expectedVersion',
      });
    }

    expect(
      await packs().updateEntry(owner, first!.id, { wornQuantity: 1, note: 'one on me' }, 3),
    ).toMatchObject({ version: 4 });
    expect((await extrasOf(pack.id))[0]).toMatchObject({
      quantity: 2,
      wornQuantity: 1,
      consumable: true,
      note: 'one on me',
    });
    expect(await packs().removeEntry(owner, second!.id, 4)).toMatchObject({ version: 5 });
    expect((await extrasOf(pack.id)).map((entry) => entry.itemId)).toEqual([water]);
  });

  it("answers another owner's extra like a missing one and leaves it", async () => {
    const other = randomUUID();
    const theirs = await packs().create(other, { name: 'Theirs' });
    await packs().addEntry(other, theirs.id, { itemId: await itemOf(other) });
    const [entry] = await extrasOf(theirs.id);
    const owner = randomUUID();

    expect((await graphQLErrorOf(packs().updateEntry(owner, entry!.id, { quantity: 9 }))).extensions).toEqual(
      {
        code: 'NOT_FOUND',
        id: entry!.id,
      },
    );
    expect((await graphQLErrorOf(packs().removeEntry(owner, entry!.id))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: entry!.id,
    });
    expect(await extrasOf(theirs.id)).toEqual([entry]);
  });
});

describe('PackService: delete', () => {
  it('deletes the pack with its links and extras; its lists stay', async () => {
    const owner = randomUUID();
    const list = await listOf(owner);
    const pack = await packs().create(owner, { name: 'Summer', listIds: [list] });
    await packs().addEntry(owner, pack.id, { itemId: await itemOf(owner) });

    expect(await packs().delete(owner, pack.id)).toBe(pack.id);

    expect(await listIdsOf(pack.id)).toEqual([]);
    expect(await extrasOf(pack.id)).toEqual([]);
    expect(await database().gearList.findUnique({ where: { id: list } })).not.toBeNull();
    expect((await graphQLErrorOf(packs().delete(owner, pack.id))).extensions.code).toBe('NOT_FOUND');
  });
});
