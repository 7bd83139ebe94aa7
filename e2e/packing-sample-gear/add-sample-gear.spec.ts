import pg from 'pg';
import { describe, expect, inject, it, vi } from 'vitest';
import { packingRowsOf } from '../lifecycle-support/account-everywhere.js';
import { firstError, packingUser, type PackingUser } from '../packing-support/packing-user.js';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

const { graphqlUrl, databaseUrl } = inject('stack');

const ADD_SAMPLE_GEAR = /* GraphQL */ `
  mutation AddSampleGear {
    addSampleGear {
      itemsAdded
      categoriesAdded
      pack {
        id
        name
        lists {
          name
        }
        categoryOrder {
          name
        }
        summary {
          totalMg
          baseMg
          wornMg
          consumableMg
          itemCount
        }
      }
      trip {
        id
        name
        pack {
          id
        }
      }
    }
  }
`;

interface Added {
  addSampleGear: {
    itemsAdded: number;
    categoriesAdded: number;
    pack: {
      id: string;
      name: string;
      lists: { name: string }[];
      categoryOrder: { name: string }[];
      summary: { totalMg: number; baseMg: number; wornMg: number; consumableMg: number; itemCount: number };
    };
    trip: { id: string; name: string; pack: { id: string } | null };
  };
}

const add = (user: PackingUser) => user.data<Added>(ADD_SAMPLE_GEAR).then((data) => data.addSampleGear);

// The sample pack by hand (packages/sample-gear): shelter 820 + 6 × 8, sleep 620 + 370 + 57,
// kitchen 73 + 103 + 195 + 18 + 85 + 2 × 36, clothing 200 + 250 + 170, essentials 56 + 120 g.
const SAMPLE_SUMMARY = {
  totalMg: 3_257_000,
  wornMg: 170_000, // the base layer
  consumableMg: 195_000, // the gas canister
  baseMg: 2_892_000,
  itemCount: 22,
};

describe('addSampleGear: the sample gear on request, into any library', () => {
  it('fills an empty library once; a second call adds nothing and answers the same pack and trip', async () => {
    const user = await packingUser(graphqlUrl);
    const first = await add(user);
    expect(first).toMatchObject({
      itemsAdded: 16,
      categoriesAdded: 5,
      pack: {
        name: 'Weekend overnighter',
        lists: [{ name: 'Shelter & sleep' }, { name: 'Kitchen & water' }],
        // The home page's order, kept for the pack's grouped view.
        categoryOrder: ['Shelter', 'Sleep system', 'Kitchen & water', 'Clothing', 'Essentials'].map(
          (name) => ({
            name,
          }),
        ),
        summary: SAMPLE_SUMMARY,
      },
      trip: { name: 'Sample trip: one night on the ridge' },
    });
    expect(first.trip.pack?.id).toBe(first.pack.id);
    const rows = await packingRowsOf(databaseUrl, user.id);

    const again = await add(user);
    expect(again).toMatchObject({ itemsAdded: 0, categoriesAdded: 0 });
    expect(again.pack.id).toBe(first.pack.id);
    expect(again.trip.id).toBe(first.trip.id);
    expect(await packingRowsOf(databaseUrl, user.id)).toEqual(rows);
    expect(rows).toMatchObject({ items: 16, categories: 5, lists: 2, packs: 1, trips: 1, seeded: 0 });
  });

  it('reuses what the library has: a category by name in any case, an item by name, category and weight', async () => {
    const user = await packingUser(graphqlUrl);
    const clothing = await user.data<{ createCategory: { id: string } }>(
      'mutation { createCategory(input: { name: "CLOTHING", colorIndex: 7 }) { id } }',
    );
    const puffy = await user.createItem({
      name: 'down jacket',
      weightMg: 250_000,
      categoryId: clothing.createCategory.id,
    });
    // Same name and category, another weight: a different item, kept beside the sample's.
    await user.createItem({
      name: 'Rain jacket',
      weightMg: 199_000,
      categoryId: clothing.createCategory.id,
    });

    const added = await add(user);
    expect(added).toMatchObject({ itemsAdded: 15, categoriesAdded: 4, pack: { summary: SAMPLE_SUMMARY } });
    const library = await user.data<{
      me: { categories: { name: string }[]; items: { totalCount: number } };
      pack: { extraEntries: { item: { id: string; name: string } }[] };
    }>(
      `query($pack: ID!) {
        me { categories { name } items(first: 1) { totalCount } }
        pack(id: $pack) { extraEntries { item { id name } } }
      }`,
      { pack: added.pack.id },
    );
    expect(library.me.categories.map((category) => category.name)).toEqual([
      'CLOTHING',
      'Essentials',
      'Kitchen & water',
      'Shelter',
      'Sleep system',
    ]);
    expect(library.me.items.totalCount).toBe(17);
    expect(library.pack.extraEntries.find((entry) => entry.item.id === puffy)?.item.name).toBe('down jacket');
  });

  it('two calls at once add the sample once', async () => {
    const user = await packingUser(graphqlUrl);
    const both = await Promise.all([add(user), add(user)]);
    expect(both.map((result) => result.itemsAdded).sort()).toEqual([0, 16]);
    expect(both[0].pack.id).toBe(both[1].pack.id);
    expect(await packingRowsOf(databaseUrl, user.id)).toMatchObject({ items: 16, packs: 1, trips: 1 });
  });

  it('a guest already seeded gets nothing more', async () => {
    const started = await postGraphQL<{ startGuestSession: { accessToken: string } }>(
      graphqlUrl,
      'mutation { startGuestSession { accessToken } }',
    );
    const token = started.data!.startGuestSession.accessToken;
    const call = <T>(query: string) => postGraphQL<T>(graphqlUrl, query, { token });
    const me = await vi.waitFor(
      async () => {
        const response = await call<{ me: { id: string; items: { totalCount: number } } }>(
          '{ me { id items(first: 1) { totalCount } } }',
        );
        expect(response.data?.me.items.totalCount).toBe(16);
        return response.data!.me;
      },
      { timeout: 20_000, interval: 250 },
    );
    const response = await call<Added>(ADD_SAMPLE_GEAR);
    expect(response.errors).toBeUndefined();
    expect(response.data?.addSampleGear).toMatchObject({ itemsAdded: 0, categoriesAdded: 0 });
    expect(await packingRowsOf(databaseUrl, me.id)).toMatchObject({ items: 16, categories: 5, packs: 1 });
  });

  it('refuses, changing nothing, when the categories would pass 100; anonymous callers are refused', async () => {
    const user = await packingUser(graphqlUrl);
    // 97 categories (none of the sample's names) straight into the table: 97 + 5 > 100.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO packing.categories (id, owner_id, name, color_index)
         SELECT gen_random_uuid(), $1, 'Category ' || n, n % 10 FROM generate_series(1, 97) AS n`,
        [user.id],
      );
    } finally {
      await client.end();
    }
    const refused = await user.raw(ADD_SAMPLE_GEAR);
    expect(firstError(refused)).toMatchObject({
      code: 'CONFLICT',
      message: 'The sample gear needs 5 more categories; a library holds at most 100 and yours has 97.',
    });
    expect(await packingRowsOf(databaseUrl, user.id)).toMatchObject({ items: 0, categories: 97, lists: 0 });

    const anonymous = await postGraphQL(graphqlUrl, ADD_SAMPLE_GEAR);
    expect(firstError(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
