import { describe, expect, inject, it } from 'vitest';
import { signRouterProof } from '@packyourbag/service-kit';
import '../support/stack-info.js';
import {
  createItem,
  createList,
  createPack,
  packingUser,
  type PackingUser,
} from '../packing-support/packing-user.js';

const SELECTION =
  'packs(first: 20) { nodes { name lists { name entries { quantity item { name category { name } } } } } }';

/** A user with `packCount` packs, each of two lists of two items in categories. */
async function userWithPacks(packCount: number): Promise<PackingUser> {
  const user = await packingUser(inject('stack').graphqlUrl);
  const categories: string[] = [];
  for (const name of ['Shelter', 'Kitchen', 'Clothing']) {
    const created = await user.data<{ createCategory: { id: string } }>(
      'mutation($name: String!) { createCategory(input: { name: $name, colorIndex: 1 }) { id } }',
      { name },
    );
    categories.push(created.createCategory.id);
  }
  for (let pack = 0; pack < packCount; pack += 1) {
    const lists: string[] = [];
    for (let list = 0; list < 2; list += 1) {
      const entries = [];
      for (let entry = 0; entry < 2; entry += 1) {
        const itemId = await createItem(user, {
          name: `Item ${pack}.${list}.${entry}`,
          weightMg: 1000,
          categoryId: categories[(pack + list + entry) % categories.length],
        });
        entries.push({ itemId });
      }
      lists.push(await createList(user, { name: `List ${pack}.${list}`, entries }));
    }
    await createPack(user, { name: `Pack ${pack}`, listIds: lists });
  }
  return user;
}

/**
 * The statements the packing subgraph ran for the router's `_entities` fetch of that selection,
 * sent as the router sends it (signed with this run's router secret). The count comes from the
 * subgraph's pg pool wrapper (the x-sql-statements header, NODE_ENV=test only).
 */
async function statementsFor(user: PackingUser): Promise<{ count: number; packs: number }> {
  const { subgraphUrls, routerSecret } = inject('stack');
  const body = JSON.stringify({
    query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { ${SELECTION} } } }`,
    variables: { representations: [{ __typename: 'User', id: user.id }] },
  });
  const response = await fetch(subgraphUrls.packing, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${user.accessToken}`,
      ...signRouterProof(routerSecret, body),
    },
    body,
  });
  const json = (await response.json()) as {
    data?: { _entities: { packs: { nodes: unknown[] } }[] };
    errors?: unknown;
  };
  expect(json.errors).toBeUndefined();
  const header = response.headers.get('x-sql-statements');
  expect(header).toMatch(/^\d+$/);
  return { count: Number(header), packs: json.data?._entities[0]?.packs.nodes.length ?? 0 };
}

describe('no N+1 in packing', () => {
  it('runs the same number of SQL statements for 2 packs as for 20', async () => {
    const small = await userWithPacks(2);
    const large = await userWithPacks(20);

    // Through the router: the same selection under `me` answers completely.
    const routed = await large.data<{
      me: { packs: { nodes: { lists: { entries: { item: { category: { name: string } } }[] }[] }[] } };
    }>(`{ me { ${SELECTION} } }`);
    expect(routed.me.packs.nodes).toHaveLength(20);
    expect(routed.me.packs.nodes.flatMap((pack) => pack.lists.flatMap((list) => list.entries))).toHaveLength(
      80,
    );

    const few = await statementsFor(small);
    const many = await statementsFor(large);
    expect(few.packs).toBe(2);
    expect(many.packs).toBe(20);
    expect(few.count).toBeGreaterThan(0); // the counter is real
    expect(many.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(10);
  });
});
