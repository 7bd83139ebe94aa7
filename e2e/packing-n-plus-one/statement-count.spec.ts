import { describe, expect, inject, it } from 'vitest';
import { signRouterProof } from '@packyourbag/service-kit';
import '../support/stack-info.js';
import { packingUser, type PackingUser } from '../packing-support/packing-user.js';

const SELECTION =
  'packs(first: 20) { nodes { name lists { name entries { quantity item { name category { name } } } } } }';

/**
 * A user with `packCount` packs, each of two lists of two items in three categories. Items and
 * categories arrive in one LighterPack import (few requests, so the router's rate limit is no factor).
 */
async function userWithPacks(packCount: number): Promise<PackingUser> {
  const user = await packingUser(inject('stack').graphqlUrl);
  const rows = Array.from(
    { length: packCount * 4 },
    (_, index) => `Item ${index},Category ${index % 3},,1,1,g,,,,`,
  );
  const imported = await user.data<{ importLighterPackCsv: { entries: { item: { id: string } }[] } }>(
    'mutation($csv: String!) { importLighterPackCsv(csv: $csv, listName: "Library") { entries { item { id } } } }',
    { csv: `Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable\n${rows.join('\n')}\n` },
  );
  const items = imported.importLighterPackCsv.entries.map((entry) => entry.item.id);
  for (let pack = 0; pack < packCount; pack += 1) {
    const lists: string[] = [];
    for (let list = 0; list < 2; list += 1) {
      const first = pack * 4 + list * 2;
      lists.push(
        await user.createList({
          name: `List ${pack}.${list}`,
          entries: [{ itemId: items[first] }, { itemId: items[first + 1] }],
        }),
      );
    }
    await user.createPack({ name: `Pack ${pack}`, listIds: lists });
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

    // Through the router the same shape answers completely; `first: 2` keeps it under the router's
    // default cost limit (20 packs × 5 lists × 30 entries is far above COST_MAX 1000 by design).
    const routed = await large.data<{
      me: { packs: { nodes: { lists: { entries: { item: { category: { name: string } } }[] }[] }[] } };
    }>(`{ me { ${SELECTION.replace('first: 20', 'first: 2')} } }`);
    expect(routed.me.packs.nodes).toHaveLength(2);
    const entries = routed.me.packs.nodes.flatMap((pack) => pack.lists.flatMap((list) => list.entries));
    expect(entries).toHaveLength(8);
    expect(entries[0]?.item.category.name).toMatch(/^Category \d$/);

    const few = await statementsFor(small);
    const many = await statementsFor(large);
    expect(few.packs).toBe(2);
    expect(many.packs).toBe(20);
    expect(few.count).toBeGreaterThan(0); // the counter is real
    expect(many.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(10);
  });
});
