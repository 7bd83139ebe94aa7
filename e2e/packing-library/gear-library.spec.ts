import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { firstError, packingUser } from '../packing-support/packing-user.js';

const CREATE_CATEGORY =
  'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id name colorIndex version } }';
const LIBRARY = /* GraphQL */ `
  query Library($first: Int!, $after: String, $sort: ItemSort, $filter: ItemFilter) {
    me {
      items(first: $first, after: $after, sort: $sort, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
          weightMg
          archived
          category {
            name
            colorIndex
          }
          price {
            amountMinor
            currency
          }
          link
          notes
        }
      }
    }
  }
`;
type Library = {
  me: {
    items: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        id: string;
        name: string;
        weightMg: number;
        archived: boolean;
        category: { name: string } | null;
      }[];
    };
  };
};

describe('gear library through the router', () => {
  it('stores category, exact weight, price, link and notes, and sorts, filters and searches', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const shelter = (
      await user.data<{ createCategory: { id: string } }>(CREATE_CATEGORY, {
        input: { name: 'Shelter', colorIndex: 3 },
      })
    ).createCategory.id;
    const kitchen = (
      await user.data<{ createCategory: { id: string } }>(CREATE_CATEGORY, {
        input: { name: 'Kitchen', colorIndex: 7 },
      })
    ).createCategory.id;
    await user.createItem({
      name: 'Tent',
      weightMg: 1_234_567,
      categoryId: shelter,
      priceMinor: 34_999,
      currency: 'USD',
      link: 'https://example.com/tent',
      notes: 'seam-sealed 2026',
    });
    await user.createItem({ name: 'stove', weightMg: 80_000, categoryId: kitchen });
    await user.createItem({ name: 'Pot', weightMg: 120_000, categoryId: kitchen });
    await user.createItem({ name: 'Bivy', weightMg: 300_000 });

    const byName = await user.data<Library>(LIBRARY, { first: 20, sort: { field: 'NAME' } });
    expect(byName.me.items.nodes.map((item) => item.name)).toEqual(['Bivy', 'Pot', 'stove', 'Tent']);
    expect(byName.me.items.nodes[3]).toMatchObject({
      weightMg: 1_234_567,
      category: { name: 'Shelter', colorIndex: 3 },
      price: { amountMinor: 34_999, currency: 'USD' },
      link: 'https://example.com/tent',
      notes: 'seam-sealed 2026',
    });
    const heaviest = await user.data<Library>(LIBRARY, {
      first: 20,
      sort: { field: 'WEIGHT', direction: 'DESC' },
    });
    expect(heaviest.me.items.nodes.map((item) => item.name)).toEqual(['Tent', 'Bivy', 'Pot', 'stove']);
    const byCategory = await user.data<Library>(LIBRARY, { first: 20, sort: { field: 'CATEGORY' } });
    expect(byCategory.me.items.nodes.map((item) => item.name)).toEqual(['Bivy', 'Pot', 'stove', 'Tent']);
    const inKitchen = await user.data<Library>(LIBRARY, { first: 20, filter: { categoryId: kitchen } });
    expect(inKitchen.me.items.totalCount).toBe(2);
    const searched = await user.data<Library>(LIBRARY, { first: 20, filter: { search: 'TO' } });
    expect(searched.me.items.nodes.map((item) => item.name)).toEqual(['stove']);
  });

  it('pages a sorted library with cursors without gaps or repeats', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    for (const [index, weight] of [5, 1, 4, 1, 3, 2, 1].entries()) {
      await user.createItem({ name: `Item ${index}`, weightMg: weight });
    }
    const seen: { name: string; weightMg: number }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const result: Library = await user.data<Library>(LIBRARY, {
        first: 3,
        after,
        sort: { field: 'WEIGHT' },
      });
      seen.push(...result.me.items.nodes);
      if (!result.me.items.pageInfo.hasNextPage) break;
      after = result.me.items.pageInfo.endCursor;
    }
    expect(seen.map((item) => item.weightMg)).toEqual([1, 1, 1, 2, 3, 4, 5]);
    expect(new Set(seen.map((item) => item.name)).size).toBe(7);
  });

  it('refuses more than 100 per page with BAD_USER_INPUT on first', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const response = await user.raw(LIBRARY, { first: 101 });
    expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('hides archived items unless asked, and deleting a category leaves its items uncategorised', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const category = (
      await user.data<{ createCategory: { id: string } }>(CREATE_CATEGORY, {
        input: { name: 'Old', colorIndex: 0 },
      })
    ).createCategory.id;
    const id = await user.createItem({ name: 'Old tent', weightMg: 2_000_000, categoryId: category });
    await user.data(
      'mutation($id: ID!, $input: UpdateItemInput!) { updateItem(id: $id, input: $input) { id } }',
      {
        id,
        input: { expectedVersion: 1, archived: true },
      },
    );
    expect((await user.data<Library>(LIBRARY, { first: 20 })).me.items.totalCount).toBe(0);
    const all = await user.data<Library>(LIBRARY, { first: 20, filter: { includeArchived: true } });
    expect(all.me.items.nodes).toMatchObject([
      { name: 'Old tent', archived: true, category: { name: 'Old' } },
    ]);

    await user.data('mutation($id: ID!) { deleteCategory(id: $id) }', { id: category });
    const after = await user.data<Library>(LIBRARY, { first: 20, filter: { includeArchived: true } });
    expect(after.me.items.nodes).toMatchObject([{ name: 'Old tent', category: null }]);
  });

  it('answers a stale expectedVersion with CONFLICT and the current version', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const id = await user.createItem({ name: 'Quilt', weightMg: 600_000 });
    const update =
      'mutation($id: ID!, $input: UpdateItemInput!) { updateItem(id: $id, input: $input) { version weightMg } }';
    const first = await user.data<{ updateItem: { version: number } }>(update, {
      id,
      input: { expectedVersion: 1, weightMg: 590_000 },
    });
    expect(first.updateItem.version).toBe(2);
    const stale = await user.raw(update, { id, input: { expectedVersion: 1, name: 'Other device' } });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('validates categories: palette 0–9, unique names', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    expect(
      firstError(await user.raw(CREATE_CATEGORY, { input: { name: 'Red', colorIndex: 10 } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.colorIndex',
    });
    await user.data(CREATE_CATEGORY, { input: { name: 'Food', colorIndex: 1 } });
    expect(
      firstError(await user.raw(CREATE_CATEGORY, { input: { name: 'FOOD', colorIndex: 2 } })),
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'input.name',
    });
  });
});
