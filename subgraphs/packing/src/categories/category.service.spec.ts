import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphQLErrorOf, useScratchDatabase } from '../testing/spec-database.js';
import { CategoryService } from './category.service.js';

const database = useScratchDatabase();
const categories = () => new CategoryService(database());

describe('CategoryService', () => {
  it("lists only the owner's categories, by name", async () => {
    const owner = randomUUID();
    await categories().create(owner, { name: 'Sleep', colorIndex: 2 });
    await categories().create(owner, { name: 'Kitchen', colorIndex: 1 });
    await categories().create(randomUUID(), { name: 'Another’s', colorIndex: 0 });

    expect((await categories().listForOwner(owner)).map((category) => category.name)).toEqual([
      'Kitchen',
      'Sleep',
    ]);
  });

  it('refuses a name the owner already uses, whatever its case, with CONFLICT', async () => {
    const owner = randomUUID();
    await categories().create(owner, { name: 'Shelter', colorIndex: 0 });

    expect(
      (await graphQLErrorOf(categories().create(owner, { name: 'SHELTER', colorIndex: 1 }))).extensions,
    ).toEqual({
      code: 'CONFLICT',
      field: 'input.name',
    });
    await expect(categories().create(randomUUID(), { name: 'Shelter', colorIndex: 1 })).resolves.toBeTruthy();
  });

  it('refuses a rename to a name the owner already uses with CONFLICT, and keeps the version', async () => {
    const owner = randomUUID();
    await categories().create(owner, { name: 'Food', colorIndex: 1 });
    const snacks = await categories().create(owner, { name: 'Snacks', colorIndex: 2 });

    const taken = await graphQLErrorOf(
      categories().update(owner, snacks.id, { expectedVersion: 1, name: 'food' }),
    );

    expect(taken.extensions).toEqual({ code: 'CONFLICT', field: 'input.name' });
    expect(await database().category.findUnique({ where: { id: snacks.id } })).toMatchObject({
      name: 'Snacks',
      version: 1,
    });
  });

  it('updates at the current version and raises it; a stale version is a CONFLICT naming the current one', async () => {
    const owner = randomUUID();
    const category = await categories().create(owner, { name: 'Water', colorIndex: 3 });

    const updated = await categories().update(owner, category.id, { expectedVersion: 1, name: 'Hydration' });
    const stale = await graphQLErrorOf(
      categories().update(owner, category.id, { expectedVersion: 1, colorIndex: 4 }),
    );

    expect(updated).toMatchObject({ name: 'Hydration', colorIndex: 3, version: 2 });
    expect(stale.extensions).toEqual({
      code: 'CONFLICT',
      id: category.id,
      currentVersion: 2,
      field: 'expectedVersion',
    });
    expect(await database().category.findUnique({ where: { id: category.id } })).toMatchObject({
      colorIndex: 3,
    });
  });

  it("answers another owner's category exactly like a missing one, and leaves it alone", async () => {
    const owner = randomUUID();
    const theirs = await categories().create(randomUUID(), { name: 'Theirs', colorIndex: 5 });
    const missing = randomUUID();

    const foreign = await graphQLErrorOf(
      categories().update(owner, theirs.id, { expectedVersion: 1, name: 'Mine' }),
    );
    const absent = await graphQLErrorOf(
      categories().update(owner, missing, { expectedVersion: 1, name: 'Mine' }),
    );
    const deleted = await graphQLErrorOf(categories().delete(owner, theirs.id));

    expect(foreign).toEqual({
      message: `Category ${theirs.id} was not found.`,
      extensions: { code: 'NOT_FOUND', id: theirs.id },
    });
    expect(absent).toEqual({
      message: `Category ${missing} was not found.`,
      extensions: { code: 'NOT_FOUND', id: missing },
    });
    expect(deleted.extensions).toEqual({ code: 'NOT_FOUND', id: theirs.id });
    expect(await database().category.findUnique({ where: { id: theirs.id } })).toMatchObject({
      name: 'Theirs',
      version: 1,
    });
    expect((await graphQLErrorOf(categories().delete(owner, 'not-a-uuid'))).extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('deletes the category and keeps its items, uncategorised', async () => {
    const owner = randomUUID();
    const category = await categories().create(owner, { name: 'Clothing', colorIndex: 6 });
    const item = await database().item.create({
      data: { ownerId: owner, name: 'Fleece', weightMg: 300_000, categoryId: category.id },
    });

    expect(await categories().delete(owner, category.id)).toBe(category.id);
    expect(await database().item.findUnique({ where: { id: item.id } })).toMatchObject({ categoryId: null });
    expect((await graphQLErrorOf(categories().delete(owner, category.id))).extensions.code).toBe('NOT_FOUND');
  });
});
