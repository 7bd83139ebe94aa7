import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLoaders } from '../loaders/create-loaders.js';
import { readPageRequest } from '../pagination/cursor-page.js';
import { graphQLErrorOf, useScratchDatabase } from '../testing/spec-database.js';
import { TripService } from './trip.service.js';

const database = useScratchDatabase();
const trips = () => new TripService(database());
/** A fresh request's loaders, as the GraphQL context gives each request. */
const loaders = () => createLoaders(database());

/** A pack of the owner's holding one list with the given new items; returns the pack and item ids. */
async function packWith(ownerId: string, names: string[]): Promise<{ packId: string; itemIds: string[] }> {
  const itemIds: string[] = [];
  for (const name of names)
    itemIds.push((await database().item.create({ data: { ownerId, name, weightMg: 500 } })).id);
  const list = await database().gearList.create({
    data: {
      ownerId,
      name: 'List',
      entries: { create: itemIds.map((itemId, position) => ({ itemId, position, quantity: 1 })) },
    },
  });
  const pack = await database().pack.create({
    data: { ownerId, name: 'Pack', lists: { create: [{ listId: list.id, position: 0 }] } },
  });
  return { packId: pack.id, itemIds };
}

const checkedItems = async (tripId: string) =>
  (await database().tripCheck.findMany({ where: { tripId } })).map((check) => check.itemId).sort();

describe('TripService: owner scoping', () => {
  it("pages only the owner's trips, newest first", async () => {
    const owner = randomUUID();
    const first = await trips().create(owner, { name: 'Coast' });
    const second = await trips().create(owner, {
      name: 'Ridge',
      startDate: '2026-07-01',
      endDate: '2026-07-03',
    });
    await trips().create(randomUUID(), { name: 'Not mine' });

    const page = await trips().listForOwner(owner, readPageRequest(10, null));

    expect(page.nodes.map((trip) => trip.id)).toEqual([second.id, first.id]);
    expect(await page.totalCount()).toBe(2);
    expect(second).toMatchObject({
      status: 'PLANNING',
      startDate: new Date('2026-07-01T00:00:00Z'),
      packId: null,
    });
  });

  it("answers another owner's trip exactly like a missing one on every path, and changes nothing", async () => {
    const other = randomUUID();
    const { packId, itemIds } = await packWith(other, ['Tent']);
    const theirs = await trips().create(other, { name: 'Theirs', packId });
    await trips().check(other, theirs.id, itemIds[0]!);
    const owner = randomUUID();
    const notFound = { code: 'NOT_FOUND', id: theirs.id };

    expect(await graphQLErrorOf(trips().get(owner, theirs.id))).toEqual({
      message: `Trip ${theirs.id} was not found.`,
      extensions: notFound,
    });
    expect(
      (await graphQLErrorOf(trips().update(owner, theirs.id, { expectedVersion: 1, name: 'x' }, loaders())))
        .extensions,
    ).toEqual(notFound);
    expect((await graphQLErrorOf(trips().delete(owner, theirs.id))).extensions).toEqual(notFound);
    expect((await graphQLErrorOf(trips().check(owner, theirs.id, itemIds[0]!))).extensions).toEqual(notFound);
    expect((await graphQLErrorOf(trips().uncheck(owner, theirs.id, itemIds[0]!))).extensions).toEqual(
      notFound,
    );
    expect((await graphQLErrorOf(trips().checkAll(owner, theirs.id, loaders()))).extensions).toEqual(
      notFound,
    );
    expect((await graphQLErrorOf(trips().reset(owner, theirs.id))).extensions).toEqual(notFound);
    expect(await database().trip.findUnique({ where: { id: theirs.id } })).toMatchObject({
      name: 'Theirs',
      version: 1,
    });
    expect(await checkedItems(theirs.id)).toEqual(itemIds);

    const missing = randomUUID();
    expect(await graphQLErrorOf(trips().get(owner, missing))).toEqual({
      message: `Trip ${missing} was not found.`,
      extensions: { code: 'NOT_FOUND', id: missing },
    });
    expect((await graphQLErrorOf(trips().get(owner, 'trip-1'))).extensions.code).toBe('NOT_FOUND');
  });

  it("refuses another owner's pack with NOT_FOUND naming it", async () => {
    const owner = randomUUID();
    const { packId } = await packWith(randomUUID(), ['Stove']);
    const trip = await trips().create(owner, { name: 'Ridge' });

    expect((await graphQLErrorOf(trips().create(owner, { name: 'x', packId }))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: packId,
    });
    expect(
      (await graphQLErrorOf(trips().update(owner, trip.id, { expectedVersion: 1, packId }, loaders())))
        .extensions,
    ).toEqual({
      code: 'NOT_FOUND',
      id: packId,
    });
  });
});

describe('TripService: versions', () => {
  it('updates at the current version and raises it; a stale version is a CONFLICT naming the current one', async () => {
    const owner = randomUUID();
    const trip = await trips().create(owner, { name: 'Coast' });

    expect(
      await trips().update(
        owner,
        trip.id,
        { expectedVersion: 1, status: 'PACKING', destination: 'Cape' },
        loaders(),
      ),
    ).toMatchObject({
      status: 'PACKING',
      destination: 'Cape',
      version: 2,
    });
    expect(
      (await graphQLErrorOf(trips().update(owner, trip.id, { expectedVersion: 1, name: 'Late' }, loaders())))
        .extensions,
    ).toEqual({
      code: 'CONFLICT',
      id: trip.id,
      currentVersion: 2,
      field: 'expectedVersion',
    });
    expect(await trips().get(owner, trip.id)).toMatchObject({ name: 'Coast', version: 2 });
  });
});

describe('TripService: checklist', () => {
  it('checks items of its pack only, idempotently; unchecks, checks all and resets', async () => {
    const owner = randomUUID();
    const { packId, itemIds } = await packWith(owner, ['Tent', 'Stove', 'Pad']);
    const [tent, stove] = itemIds as [string, string, string];
    const elsewhere = (await database().item.create({ data: { ownerId: owner, name: 'Kayak', weightMg: 1 } }))
      .id;
    const trip = await trips().create(owner, { name: 'Coast', packId });

    await trips().check(owner, trip.id, tent);
    await trips().check(owner, trip.id, tent);
    expect(await checkedItems(trip.id)).toEqual([tent]);
    expect((await graphQLErrorOf(trips().check(owner, trip.id, elsewhere))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: elsewhere,
    });

    await trips().uncheck(owner, trip.id, tent);
    await trips().check(owner, trip.id, stove);
    expect(await checkedItems(trip.id)).toEqual([stove]);

    await trips().checkAll(owner, trip.id, loaders());
    expect(await checkedItems(trip.id)).toEqual([...itemIds].sort());
    await trips().reset(owner, trip.id);
    expect(await checkedItems(trip.id)).toEqual([]);
  });

  it("checks an item of the pack's own entries; on a trip without a pack no item is on the checklist", async () => {
    const owner = randomUUID();
    const { packId } = await packWith(owner, ['Tent']);
    const extra = (await database().item.create({ data: { ownerId: owner, name: 'Kayak', weightMg: 1 } })).id;
    await database().packEntry.create({ data: { packId, itemId: extra, position: 0, quantity: 1 } });
    const trip = await trips().create(owner, { name: 'Coast', packId });
    const packless = await trips().create(owner, { name: 'Ridge' });

    expect((await trips().check(owner, trip.id, extra)).id).toBe(trip.id);
    expect(await checkedItems(trip.id)).toEqual([extra]);
    expect((await graphQLErrorOf(trips().check(owner, packless.id, extra))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: extra,
    });
    expect(await checkedItems(packless.id)).toEqual([]);
  });

  it("refuses an item of another owner's pack even when the ids are real", async () => {
    const owner = randomUUID();
    const mine = await packWith(owner, ['Tent']);
    const theirs = await packWith(randomUUID(), ['Stove']);
    const trip = await trips().create(owner, { name: 'Coast', packId: mine.packId });

    expect((await graphQLErrorOf(trips().check(owner, trip.id, theirs.itemIds[0]!))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: theirs.itemIds[0],
    });
    expect(await checkedItems(trip.id)).toEqual([]);
  });

  it('keeps the checks of items the newly assigned pack still holds and drops the rest', async () => {
    const owner = randomUUID();
    const first = await packWith(owner, ['Tent', 'Stove']);
    const [tent, stove] = first.itemIds as [string, string];
    const second = await database().pack.create({
      data: {
        ownerId: owner,
        name: 'Lighter',
        entries: { create: [{ itemId: tent, position: 0, quantity: 1 }] },
      },
    });
    const trip = await trips().create(owner, { name: 'Coast', packId: first.packId });
    await trips().checkAll(owner, trip.id, loaders());

    await trips().update(owner, trip.id, { expectedVersion: 1, packId: second.id }, loaders());
    expect(await checkedItems(trip.id)).toEqual([tent]);
    expect(stove).not.toBe(tent);

    await trips().update(owner, trip.id, { expectedVersion: 2, packId: null }, loaders());
    expect(await checkedItems(trip.id)).toEqual([]);
  });
});

describe('TripService: delete', () => {
  it('deletes the trip with its checks; its pack stays', async () => {
    const owner = randomUUID();
    const { packId } = await packWith(owner, ['Tent']);
    const trip = await trips().create(owner, { name: 'Coast', packId });
    await trips().checkAll(owner, trip.id, loaders());

    expect(await trips().delete(owner, trip.id)).toBe(trip.id);

    expect(await checkedItems(trip.id)).toEqual([]);
    expect(await database().pack.findUnique({ where: { id: packId } })).not.toBeNull();
    expect((await graphQLErrorOf(trips().delete(owner, trip.id))).extensions.code).toBe('NOT_FOUND');
  });
});
