import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PackingDatabase } from '../database/create-prisma-client.js';
import { readItemPageQuery } from './item-page.js';
import { ItemService, type ItemRecord } from './item.service.js';
import { createMigratedDatabase } from '../testing/scratch-database.js';
import { graphQLErrorOf } from '../testing/spec-database.js';

let scratch: { url: string; drop: () => Promise<void> } | undefined;
let database: PackingDatabase;
let items: ItemService;

beforeAll(async () => {
  scratch = await createMigratedDatabase();
  database = createPrismaClient(scratch.url);
  items = new ItemService(database);
});

afterAll(async () => {
  await database?.$disconnect();
  await scratch?.drop();
});

async function rawQuery(sql: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: scratch?.url });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** Sorted newest first as the API promises: createdAt descending, id descending on a tie. */
function newestFirst(a: ItemRecord, b: ItemRecord): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

describe('ItemService', () => {
  it('creates an item from a validated draft', async () => {
    const owner = randomUUID();
    const item = await items.create(owner, { name: '  Tent ', description: ' ', weightMg: 1_200_000 });

    expect(item).toMatchObject({
      id: expect.any(String),
      ownerId: owner,
      name: 'Tent',
      description: null,
      weightMg: 1_200_000,
      createdAt: expect.any(Date),
      categoryId: null,
      priceMinor: null,
      archived: false,
      version: 1,
    });
  });

  it('refuses an invalid draft with BAD_USER_INPUT before writing', async () => {
    const owner = randomUUID();
    const error = await items.create(owner, { name: 'Rock', weightMg: 100_000_000 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.weightMg' });
    expect(await database.item.count({ where: { ownerId: owner } })).toBe(0);
  });

  it('pages through 25 items in pages of 10, newest first, without duplicates or gaps', async () => {
    const owner = randomUUID();
    const created: ItemRecord[] = [];
    for (let index = 0; index < 25; index += 1) {
      created.push(await items.create(owner, { name: `Item ${index}`, weightMg: index * 1000 }));
    }
    // Another owner's items interleaved must not show up.
    await items.create(randomUUID(), { name: 'Not mine', weightMg: 1 });

    const pages = [];
    let after: string | null = null;
    do {
      const page = await items.listForOwner(owner, readItemPageQuery({ first: 10, after }));
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 5);

    expect(pages.map((page) => page.nodes.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(await Promise.all(pages.map((page) => page.totalCount()))).toEqual([25, 25, 25]);
    const seen = pages.flatMap((page) => page.nodes);
    expect(seen.map((item) => item.id)).toEqual([...created].sort(newestFirst).map((item) => item.id));
    expect(new Set(seen.map((item) => item.id)).size).toBe(25);
    for (let index = 1; index < seen.length; index += 1) {
      expect(seen[index - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(seen[index]!.createdAt.getTime());
    }
  });

  it('orders items created in the same millisecond by id, so no page loses one', async () => {
    const owner = randomUUID();
    const createdAt = new Date('2026-11-21T04:20:00.000Z');
    const ids = Array.from({ length: 7 }, () => randomUUID());
    await database.item.createMany({
      data: ids.map((id, index) => ({ id, ownerId: owner, name: `Twin ${index}`, weightMg: 1, createdAt })),
    });

    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 4; pageNumber += 1) {
      const page = await items.listForOwner(owner, readItemPageQuery({ first: 2, after }));
      seen.push(...page.nodes.map((item) => item.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }

    expect(seen).toEqual([...ids].sort().reverse());
  });

  it("shows nobody another owner's items", async () => {
    const owner = randomUUID();
    await items.create(owner, { name: 'Stove', weightMg: 80_000 });

    const page = await items.listForOwner(randomUUID(), readItemPageQuery({}));

    expect(page.nodes).toEqual([]);
    expect(await page.totalCount()).toBe(0);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('has the database refuse an out-of-range weight or empty name written around the service', async () => {
    const insert =
      'insert into packing.items (id, owner_id, name, weight_mg, updated_at) values ($1, $2, $3, $4, now())';
    const owner = randomUUID();

    await expect(rawQuery(insert, [randomUUID(), owner, 'Anvil', 100_000_000])).rejects.toMatchObject({
      code: '23514',
      constraint: 'items_weight_mg_range',
    });
    await expect(rawQuery(insert, [randomUUID(), owner, 'Antimatter', -1])).rejects.toMatchObject({
      code: '23514',
      constraint: 'items_weight_mg_range',
    });
    await expect(rawQuery(insert, [randomUUID(), owner, '', 1])).rejects.toMatchObject({
      code: '23514',
      constraint: 'items_name_length',
    });
    await expect(rawQuery(insert, [randomUUID(), owner, 'Feather', 99_999_999])).resolves.toBeUndefined();
  });
});

describe('ItemService: versions, owner scoping and delete', () => {
  it('updates the given fields at the current version and raises it; a stale version is a CONFLICT', async () => {
    const owner = randomUUID();
    const item = await items.create(owner, { name: 'Tent', weightMg: 1_200_000, notes: 'seam sealed' });

    const updated = await items.update(owner, item.id, {
      expectedVersion: 1,
      weightMg: 1_100_000,
      notes: null,
    });
    const stale = await graphQLErrorOf(items.update(owner, item.id, { expectedVersion: 1, name: 'Late' }));

    expect(updated).toMatchObject({ name: 'Tent', weightMg: 1_100_000, notes: null, version: 2 });
    expect(stale.extensions).toEqual({
      code: 'CONFLICT',
      id: item.id,
      currentVersion: 2,
      field: 'expectedVersion',
    });
    expect(await database.item.findUnique({ where: { id: item.id } })).toMatchObject({
      name: 'Tent',
      version: 2,
    });
  });

  it("answers another owner's item exactly like a missing one, and leaves it alone", async () => {
    const theirs = await items.create(randomUUID(), { name: 'Theirs', weightMg: 5 });
    const owner = randomUUID();
    const missing = randomUUID();

    expect(
      await graphQLErrorOf(items.update(owner, theirs.id, { expectedVersion: 1, name: 'Mine' })),
    ).toEqual({
      message: `Item ${theirs.id} was not found.`,
      extensions: { code: 'NOT_FOUND', id: theirs.id },
    });
    expect(await graphQLErrorOf(items.delete(owner, theirs.id))).toEqual({
      message: `Item ${theirs.id} was not found.`,
      extensions: { code: 'NOT_FOUND', id: theirs.id },
    });
    expect(await graphQLErrorOf(items.update(owner, missing, { expectedVersion: 1, name: 'Mine' }))).toEqual({
      message: `Item ${missing} was not found.`,
      extensions: { code: 'NOT_FOUND', id: missing },
    });
    expect(await database.item.findUnique({ where: { id: theirs.id } })).toMatchObject({
      name: 'Theirs',
      version: 1,
    });
    expect((await graphQLErrorOf(items.delete(owner, 'x'))).extensions.code).toBe('NOT_FOUND');
  });

  it("refuses another owner's category with NOT_FOUND naming it", async () => {
    const owner = randomUUID();
    const category = await database.category.create({
      data: { ownerId: randomUUID(), name: 'Theirs', colorIndex: 0 },
    });
    const item = await items.create(owner, { name: 'Stove', weightMg: 80_000 });

    const created = await graphQLErrorOf(
      items.create(owner, { name: 'Pot', weightMg: 1, categoryId: category.id }),
    );
    const updated = await graphQLErrorOf(
      items.update(owner, item.id, { expectedVersion: 1, categoryId: category.id }),
    );

    expect(created.extensions).toEqual({ code: 'NOT_FOUND', id: category.id });
    expect(updated.extensions).toEqual({ code: 'NOT_FOUND', id: category.id });
  });

  it('deletes the item once; the second delete is NOT_FOUND', async () => {
    const owner = randomUUID();
    const item = await items.create(owner, { name: 'Spork', weightMg: 10_000 });

    expect(await items.delete(owner, item.id)).toBe(item.id);
    expect(await database.item.findUnique({ where: { id: item.id } })).toBeNull();
    expect((await graphQLErrorOf(items.delete(owner, item.id))).extensions.code).toBe('NOT_FOUND');
  });
});
