import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphQLErrorOf, useScratchDatabase } from '../testing/spec-database.js';
import { ownedRepositories } from './owned-repositories.js';

const database = useScratchDatabase();
const lists = () => ownedRepositories(database()).lists;

async function listOf(ownerId: string) {
  return database().gearList.create({ data: { ownerId, name: 'Shelter' } });
}

describe('OwnedRepository.claim', () => {
  it('lets one of two changes from the same version through; the other gets CONFLICT and writes nothing', async () => {
    const owner = randomUUID();
    const list = await listOf(owner);

    const results = await Promise.allSettled(
      ['First', 'Second'].map((name) =>
        lists().claim(owner, list.id, 1, (tx) =>
          tx.gearList.update({ where: { id: list.id }, data: { name } }),
        ),
      ),
    );

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason.extensions).toEqual({
      code: 'CONFLICT',
      id: list.id,
      currentVersion: 2,
      field: 'expectedVersion',
    });
    const winner = results.find((result) => result.status === 'fulfilled');
    expect(await database().gearList.findUnique({ where: { id: list.id } })).toMatchObject({
      name: (winner as PromiseFulfilledResult<{ name: string }>).value.name,
      version: 2,
    });
  });

  it('queues changes without a version on the row lock, each raising the version once', async () => {
    const owner = randomUUID();
    const list = await listOf(owner);
    const order: string[] = [];

    await Promise.all(
      ['a', 'b', 'c'].map((step) =>
        lists().claim(owner, list.id, undefined, async (tx) => {
          const row = await tx.gearList.findUniqueOrThrow({ where: { id: list.id } });
          order.push(`${step}@${row.version}`);
          return tx.gearList.update({
            where: { id: list.id },
            data: { description: `${row.description ?? ''}${step}` },
          });
        }),
      ),
    );

    const after = await database().gearList.findUniqueOrThrow({ where: { id: list.id } });
    expect(after.version).toBe(4);
    expect([...(after.description ?? '')].sort()).toEqual(['a', 'b', 'c']);
    expect(order.map((entry) => entry.split('@')[1]).sort()).toEqual(['2', '3', '4']);
  });

  it('rolls the version back when the change fails', async () => {
    const owner = randomUUID();
    const list = await listOf(owner);

    await expect(
      lists().claim(owner, list.id, 1, async () => {
        throw new Error('refused halfway');
      }),
    ).rejects.toThrow('refused halfway');

    expect(await database().gearList.findUnique({ where: { id: list.id } })).toMatchObject({ version: 1 });
  });

  it("answers another owner's row, a missing one and a malformed id alike, before running the change", async () => {
    const theirs = await listOf(randomUUID());
    const owner = randomUUID();
    let ran = false;
    const change = async () => {
      ran = true;
    };

    for (const id of [theirs.id, randomUUID(), 'list-1']) {
      expect(await graphQLErrorOf(lists().claim(owner, id, undefined, change))).toEqual({
        message: `List ${id} was not found.`,
        extensions: { code: 'NOT_FOUND', id },
      });
    }
    expect(ran).toBe(false);
    expect(await database().gearList.findUnique({ where: { id: theirs.id } })).toMatchObject({ version: 1 });
  });
});

describe('OwnedRepository.requireAll', () => {
  it('names the first id that is not the owner’s', async () => {
    const owner = randomUUID();
    const [mine, theirs] = [await listOf(owner), await listOf(randomUUID())];

    await expect(lists().requireAll(owner, [mine.id])).resolves.toBeUndefined();
    expect((await graphQLErrorOf(lists().requireAll(owner, [mine.id, theirs.id]))).extensions).toEqual({
      code: 'NOT_FOUND',
      id: theirs.id,
    });
  });
});
