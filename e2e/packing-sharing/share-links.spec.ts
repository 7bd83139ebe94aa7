import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { postGraphQL } from '../support/graphql-client.js';
import { firstError, packingUser } from '../packing-support/packing-user.js';

const SHARED_LIST = `query($token: String!) { sharedList(token: $token) { name description entries { name description weightMg quantity wornQuantity consumable link category { name colorIndex } } summary { totalMg wornMg itemCount } } }`;

describe('share links through the router', () => {
  it('lets anyone without an account read a shared list, with nothing private, until it is revoked', async () => {
    const { graphqlUrl } = inject('stack');
    const owner = await packingUser(graphqlUrl);
    const shelter = await owner.data<{ createCategory: { id: string } }>(
      'mutation { createCategory(input: { name: "Shelter", colorIndex: 2 }) { id } }',
    );
    const tent = await owner.createItem({
      name: 'Tent',
      weightMg: 1_000_000,
      categoryId: shelter.createCategory.id,
      notes: 'PRIVATE-ITEM-NOTE',
      priceMinor: 77_777,
      currency: 'USD',
      link: 'https://example.com/tent',
    });
    const listId = await owner.createList({
      name: 'Shelter',
      entries: [{ itemId: tent, quantity: 2, wornQuantity: 1, note: 'PRIVATE-ENTRY-NOTE' }],
    });
    const shared = await owner.data<{ shareList: { id: string; token: string } }>(
      'mutation($id: ID!) { shareList(listId: $id) { id token } }',
      { id: listId },
    );
    expect(shared.shareList.token).toMatch(/^[A-Za-z0-9_-]{22,}$/);

    const anonymous = await postGraphQL<{ sharedList: Record<string, unknown> }>(graphqlUrl, SHARED_LIST, {
      variables: { token: shared.shareList.token },
    });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.sharedList).toEqual({
      name: 'Shelter',
      description: null,
      entries: [
        {
          name: 'Tent',
          description: null,
          weightMg: 1_000_000,
          quantity: 2,
          wornQuantity: 1,
          consumable: false,
          link: 'https://example.com/tent',
          category: { name: 'Shelter', colorIndex: 2 },
        },
      ],
      summary: { totalMg: 2_000_000, wornMg: 1_000_000, itemCount: 2 },
    });
    const body = JSON.stringify(anonymous);
    for (const secret of ['PRIVATE-ITEM-NOTE', 'PRIVATE-ENTRY-NOTE', '77777', owner.id, tent, listId]) {
      expect(body).not.toContain(secret);
    }
    // The schema gives no way to ask for them either.
    const probing = await postGraphQL(
      graphqlUrl,
      `query($token: String!) { sharedList(token: $token) { notes } }`,
      {
        variables: { token: shared.shareList.token },
      },
    );
    expect(probing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    await owner.data('mutation($id: ID!) { revokeShareLink(id: $id) }', { id: shared.shareList.id });
    const revoked = await postGraphQL(graphqlUrl, SHARED_LIST, {
      variables: { token: shared.shareList.token },
    });
    expect(firstError(revoked)).toMatchObject({ code: 'NOT_FOUND' });
    const guessed = await postGraphQL(graphqlUrl, SHARED_LIST, {
      variables: { token: 'AAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(firstError(guessed)).toMatchObject({ code: 'NOT_FOUND', message: firstError(revoked)['message'] });
  });

  it('shares a pack as its merged contents and summary', async () => {
    const { graphqlUrl } = inject('stack');
    const owner = await packingUser(graphqlUrl);
    const stove = await owner.createItem({ name: 'Stove', weightMg: 80_000 });
    const a = await owner.createList({ name: 'A', entries: [{ itemId: stove }] });
    const b = await owner.createList({ name: 'B', entries: [{ itemId: stove, quantity: 2 }] });
    const packId = await owner.createPack({ name: 'Both', listIds: [a, b] });
    const link = await owner.data<{ sharePack: { token: string } }>(
      'mutation($id: ID!) { sharePack(packId: $id) { token } }',
      {
        id: packId,
      },
    );
    const anonymous = await postGraphQL<{ sharedPack: unknown }>(
      graphqlUrl,
      'query($t: String!) { sharedPack(token: $t) { name entries { name quantity } summary { totalMg itemCount } } }',
      { variables: { t: link.sharePack.token } },
    );
    expect(anonymous.data?.sharedPack).toEqual({
      name: 'Both',
      entries: [{ name: 'Stove', quantity: 2 }],
      summary: { totalMg: 160_000, itemCount: 2 },
    });
  });

  it('groups a shared list and pack by category like the owner sees them: kept order, exact subtotals, no prices', async () => {
    const { graphqlUrl } = inject('stack');
    const owner = await packingUser(graphqlUrl);
    const category = async (name: string, colorIndex: number) =>
      (
        await owner.data<{ createCategory: { id: string } }>(
          'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
          { input: { name, colorIndex } },
        )
      ).createCategory.id;
    const shelter = await category('Shelter', 0);
    const kitchen = await category('Kitchen', 2);
    const tent = await owner.createItem({
      name: 'Tent',
      weightMg: 1_200_000,
      categoryId: shelter,
      priceMinor: 34_900,
      currency: 'USD',
    });
    const pot = await owner.createItem({ name: 'Pot', weightMg: 85_000, categoryId: kitchen });
    const food = await owner.createItem({ name: 'Food', weightMg: 100_000, categoryId: kitchen });
    const socks = await owner.createItem({ name: 'Socks', weightMg: 150_000 });
    const listId = await owner.createList({
      name: 'Three days',
      entries: [
        { itemId: tent },
        { itemId: pot, quantity: 2 },
        { itemId: socks, quantity: 2, wornQuantity: 1 },
        { itemId: food, quantity: 3, consumable: true },
      ],
    });
    // The list keeps Kitchen first; the pack keeps no order (heaviest first).
    await owner.data(
      'mutation($id: ID!, $order: [ID!]!) { setListCategoryOrder(listId: $id, categoryIds: $order) { id } }',
      {
        id: listId,
        order: [kitchen],
      },
    );
    const packId = await owner.createPack({ name: 'Weekend', listIds: [listId] });
    const tokens = await owner.data<{ shareList: { token: string }; sharePack: { token: string } }>(
      'mutation($list: ID!, $pack: ID!) { shareList(listId: $list) { token } sharePack(packId: $pack) { token } }',
      { list: listId, pack: packId },
    );
    const GROUPS = `categoryGroups {
      category { name colorIndex }
      entries { name quantity wornQuantity consumable }
      subtotal { totalMg baseMg wornMg consumableMg itemCount shareBasisPoints }
    }`;
    const shared = await postGraphQL<{
      sharedList: { categoryGroups: unknown[] };
      sharedPack: { categoryGroups: unknown[] };
    }>(
      graphqlUrl,
      `query($l: String!, $p: String!) { sharedList(token: $l) { ${GROUPS} } sharedPack(token: $p) { ${GROUPS} } }`,
      {
        variables: { l: tokens.shareList.token, p: tokens.sharePack.token },
      },
    );
    expect(shared.errors).toBeUndefined();
    // By hand, of 1 970 000 mg: Kitchen 2 × 85 000 + 3 × 100 000 (consumable) = 470 000 → 2 386 bp;
    // Shelter 1 200 000 → 6 091 bp; uncategorised 2 × 150 000, one pair worn = 300 000 → 1 523 bp.
    const kitchenGroup = {
      category: { name: 'Kitchen', colorIndex: 2 },
      entries: [
        { name: 'Pot', quantity: 2, wornQuantity: 0, consumable: false },
        { name: 'Food', quantity: 3, wornQuantity: 0, consumable: true },
      ],
      subtotal: {
        totalMg: 470_000,
        baseMg: 170_000,
        wornMg: 0,
        consumableMg: 300_000,
        itemCount: 5,
        shareBasisPoints: 2_386,
      },
    };
    const shelterGroup = {
      category: { name: 'Shelter', colorIndex: 0 },
      entries: [{ name: 'Tent', quantity: 1, wornQuantity: 0, consumable: false }],
      subtotal: {
        totalMg: 1_200_000,
        baseMg: 1_200_000,
        wornMg: 0,
        consumableMg: 0,
        itemCount: 1,
        shareBasisPoints: 6_091,
      },
    };
    const otherGroup = {
      category: null,
      entries: [{ name: 'Socks', quantity: 2, wornQuantity: 1, consumable: false }],
      subtotal: {
        totalMg: 300_000,
        baseMg: 150_000,
        wornMg: 150_000,
        consumableMg: 0,
        itemCount: 2,
        shareBasisPoints: 1_523,
      },
    };
    expect(shared.data?.sharedList.categoryGroups).toEqual([kitchenGroup, shelterGroup, otherGroup]);
    expect(shared.data?.sharedPack.categoryGroups).toEqual([shelterGroup, kitchenGroup, otherGroup]);
  });
});
