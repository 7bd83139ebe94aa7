import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { firstError, packingUser, type PackingUser } from '../packing-support/packing-user.js';

const SUBTOTAL =
  'totalMg baseMg wornMg consumableMg itemCount shareBasisPoints priceTotals { amountMinor currency }';
const LIST_GROUPS = `query($id: ID!) { list(id: $id) { version categoryOrder { name }
  categoryGroups { category { name } entries { item { name } } subtotal { ${SUBTOTAL} } } } }`;
const PACK_GROUPS = `query($id: ID!) { pack(id: $id) { version categoryOrder { name }
  groupedContents(by: CATEGORY) { category { name } lines { item { name } } subtotal { ${SUBTOTAL} } } } }`;
const SET_LIST = `mutation($list: ID!, $ids: [ID!]!, $version: Int) {
  setListCategoryOrder(listId: $list, categoryIds: $ids, expectedVersion: $version) { version categoryOrder { name } } }`;
const SET_PACK = `mutation($pack: ID!, $ids: [ID!]!, $version: Int) {
  setPackCategoryOrder(packId: $pack, categoryIds: $ids, expectedVersion: $version) { version categoryOrder { name } } }`;

interface Group {
  category: { name: string } | null;
  entries?: { item: { name: string } }[];
  subtotal: Record<string, unknown>;
}

let owner: PackingUser;
let other: PackingUser;
let cats: Record<'shelter' | 'kitchen' | 'clothing', string>;
let list: string;
let pack: string;

/** A list and a pack keep a category order the same way; only the names of their fields differ. */
interface Holder {
  kind: 'list' | 'pack';
  id: () => string;
  /** Reads it by `$id`. */
  read: string;
  /** Sets its order: `$list` or `$pack`, `$ids`, `$version`. */
  set: string;
  setField: 'setListCategoryOrder' | 'setPackCategoryOrder';
  groupsField: 'categoryGroups' | 'groupedContents';
}

interface Held {
  version: number;
  categoryOrder: { name: string }[];
  categoryGroups?: Group[];
  groupedContents?: Group[];
}

const HOLDERS: Holder[] = [
  {
    kind: 'list',
    id: () => list,
    read: LIST_GROUPS,
    set: SET_LIST,
    setField: 'setListCategoryOrder',
    groupsField: 'categoryGroups',
  },
  {
    kind: 'pack',
    id: () => pack,
    read: PACK_GROUPS,
    set: SET_PACK,
    setField: 'setPackCategoryOrder',
    groupsField: 'groupedContents',
  },
];

async function read(holder: Holder): Promise<Held> {
  const data = await owner.data<Partial<Record<Holder['kind'], Held>>>(holder.read, { id: holder.id() });
  const held = data[holder.kind];
  if (!held) throw new Error(`no ${holder.kind} in ${JSON.stringify(data)}`);
  return held;
}

const groupNames = (held: Held, holder: Holder) =>
  (held[holder.groupsField] ?? []).map((group) => group.category?.name ?? null);

beforeAll(async () => {
  const { graphqlUrl } = inject('stack');
  owner = await packingUser(graphqlUrl);
  other = await packingUser(graphqlUrl);
  cats = {
    shelter: await owner.createCategory('Shelter', 0),
    kitchen: await owner.createCategory('Kitchen', 1),
    clothing: await owner.createCategory('Clothing', 2),
  };
  const tent = await owner.createItem({
    name: 'Tent',
    weightMg: 1_200_000,
    categoryId: cats.shelter,
    priceMinor: 34_900,
    currency: 'USD',
  });
  const pot = await owner.createItem({
    name: 'Pot',
    weightMg: 85_000,
    categoryId: cats.kitchen,
    priceMinor: 2_500,
    currency: 'USD',
  });
  const food = await owner.createItem({ name: 'Food', weightMg: 100_000, categoryId: cats.kitchen });
  const socks = await owner.createItem({
    name: 'Socks',
    weightMg: 150_000,
    categoryId: cats.clothing,
    priceMinor: 1_800,
    currency: 'EUR',
  });
  const rock = await owner.createItem({ name: 'Rock', weightMg: 50_000 });
  list = await owner.createList({
    name: 'Three days',
    entries: [
      { itemId: pot, quantity: 2 },
      { itemId: tent },
      { itemId: socks, quantity: 2, wornQuantity: 1 },
      { itemId: food, quantity: 3, consumable: true },
      { itemId: rock },
    ],
  });
  pack = await owner.createPack({ name: 'Weekend', listIds: [list] });
});

describe('category order and grouped subtotals through the router', () => {
  it('groups a list by category, heaviest first, with hand-computed exact subtotals', async () => {
    const { list: read } = await owner.data<{ list: { categoryOrder: unknown[]; categoryGroups: Group[] } }>(
      LIST_GROUPS,
      { id: list },
    );
    expect(read.categoryOrder).toEqual([]);
    // Whole list: 1 200 000 + 470 000 + 300 000 + 50 000 = 2 020 000 mg.
    expect(read.categoryGroups).toEqual([
      {
        category: { name: 'Shelter' },
        entries: [{ item: { name: 'Tent' } }],
        subtotal: {
          totalMg: 1_200_000,
          baseMg: 1_200_000,
          wornMg: 0,
          consumableMg: 0,
          itemCount: 1,
          shareBasisPoints: 5941,
          priceTotals: [{ amountMinor: 34_900, currency: 'USD' }],
        },
      },
      {
        category: { name: 'Kitchen' },
        entries: [{ item: { name: 'Pot' } }, { item: { name: 'Food' } }],
        subtotal: {
          totalMg: 470_000,
          baseMg: 170_000,
          wornMg: 0,
          consumableMg: 300_000,
          itemCount: 5,
          shareBasisPoints: 2327,
          priceTotals: [{ amountMinor: 5_000, currency: 'USD' }],
        },
      },
      {
        category: { name: 'Clothing' },
        entries: [{ item: { name: 'Socks' } }],
        subtotal: {
          totalMg: 300_000,
          baseMg: 150_000,
          wornMg: 150_000,
          consumableMg: 0,
          itemCount: 2,
          shareBasisPoints: 1485,
          priceTotals: [{ amountMinor: 3_600, currency: 'EUR' }],
        },
      },
      {
        category: null,
        entries: [{ item: { name: 'Rock' } }],
        subtotal: {
          totalMg: 50_000,
          baseMg: 50_000,
          wornMg: 0,
          consumableMg: 0,
          itemCount: 1,
          shareBasisPoints: 248,
          priceTotals: [],
        },
      },
    ]);
  });

  it.each(HOLDERS.map((holder) => [holder.kind, holder] as const))(
    'keeps a %s order: set, read back in that order with its subtotals, bumps the version, refuses a stale version with CONFLICT',
    async (_kind, holder) => {
      const before = await read(holder);
      // Nothing kept yet: heaviest first (a pack's order is its own, whatever its lists keep).
      expect(before.categoryOrder).toEqual([]);
      expect(groupNames(before, holder)).toEqual(['Shelter', 'Kitchen', 'Clothing', null]);

      const target = { [holder.kind]: holder.id() };
      const set = await owner.data<Record<string, unknown>>(holder.set, {
        ...target,
        ids: [cats.clothing, cats.kitchen],
        version: before.version,
      });
      expect(set[holder.setField]).toEqual({
        version: before.version + 1,
        categoryOrder: [{ name: 'Clothing' }, { name: 'Kitchen' }],
      });
      const after = await read(holder);
      expect(groupNames(after, holder)).toEqual(['Clothing', 'Kitchen', 'Shelter', null]);
      expect(after[holder.groupsField]?.find((group) => group.category?.name === 'Kitchen')).toMatchObject({
        subtotal: { totalMg: 470_000, consumableMg: 300_000, itemCount: 5, shareBasisPoints: 2327 },
      });

      const stale = await owner.raw(holder.set, { ...target, ids: [cats.shelter], version: before.version });
      expect(firstError(stale)).toMatchObject({
        code: 'CONFLICT',
        field: 'expectedVersion',
        currentVersion: before.version + 1,
      });
      expect((await read(holder)).categoryOrder).toEqual([{ name: 'Clothing' }, { name: 'Kitchen' }]);
    },
  );

  it('refuses unknown, repeated, malformed and foreign categories with BAD_USER_INPUT naming the index', async () => {
    const foreign = await other.createCategory('Theirs', 3);
    const cases: [string[], string][] = [
      [[cats.shelter, randomUUID()], 'categoryIds.1'],
      [[cats.shelter, cats.kitchen, cats.shelter], 'categoryIds.2'],
      [['not-an-id'], 'categoryIds.0'],
      [[foreign], 'categoryIds.0'],
    ];
    for (const [ids, field] of cases) {
      const response = await owner.raw(SET_LIST, { list, ids });
      expect(firstError(response), JSON.stringify(ids)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const read = await owner.data<{ list: { categoryOrder: { name: string }[] } }>(LIST_GROUPS, { id: list });
    expect(read.list.categoryOrder).toEqual([{ name: 'Clothing' }, { name: 'Kitchen' }]);
  });

  it("answers NOT_FOUND for another user's list or pack, and changes nothing", async () => {
    for (const [query, variables] of [
      [SET_LIST, { list, ids: [] }],
      [SET_PACK, { pack, ids: [] }],
    ] as const) {
      const response = await other.raw(query, variables);
      expect(firstError(response)).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(firstError(await other.raw(LIST_GROUPS, { id: list }))).toMatchObject({ code: 'NOT_FOUND' });
    const read = await owner.data<{ list: { categoryOrder: { name: string }[] } }>(LIST_GROUPS, { id: list });
    expect(read.list.categoryOrder).toEqual([{ name: 'Clothing' }, { name: 'Kitchen' }]);
  });

  it('drops a deleted category from the kept order and copies the order with the list', async () => {
    const copy = await owner.data<{ duplicateList: { id: string } }>(
      'mutation($id: ID!) { duplicateList(id: $id) { id } }',
      { id: list },
    );
    await owner.data('mutation($id: ID!) { deleteCategory(id: $id) }', { id: cats.clothing });
    const read = await owner.data<{ list: { categoryOrder: { name: string }[]; categoryGroups: Group[] } }>(
      LIST_GROUPS,
      { id: copy.duplicateList.id },
    );
    expect(read.list.categoryOrder).toEqual([{ name: 'Kitchen' }]);
    expect(read.list.categoryGroups.map((group) => group.category?.name ?? null)).toEqual([
      'Kitchen',
      'Shelter',
      null,
    ]);
  });
});
