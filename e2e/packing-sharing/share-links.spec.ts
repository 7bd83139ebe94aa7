import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { postGraphQL } from '../support/graphql-client.js';
import {
  createItem,
  createList,
  createPack,
  firstError,
  packingUser,
} from '../packing-support/packing-user.js';

const SHARED_LIST = `query($token: String!) { sharedList(token: $token) { name description entries { name description weightMg quantity wornQuantity consumable link category { name colorIndex } } summary { totalMg wornMg itemCount } } }`;

describe('share links through the router', () => {
  it('lets anyone without an account read a shared list, with nothing private, until it is revoked', async () => {
    const { graphqlUrl } = inject('stack');
    const owner = await packingUser(graphqlUrl);
    const shelter = await owner.data<{ createCategory: { id: string } }>(
      'mutation { createCategory(input: { name: "Shelter", colorIndex: 2 }) { id } }',
    );
    const tent = await createItem(owner, {
      name: 'Tent',
      weightMg: 1_000_000,
      categoryId: shelter.createCategory.id,
      notes: 'PRIVATE-ITEM-NOTE',
      priceMinor: 77_777,
      currency: 'USD',
      link: 'https://example.com/tent',
    });
    const listId = await createList(owner, {
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
    const stove = await createItem(owner, { name: 'Stove', weightMg: 80_000 });
    const a = await createList(owner, { name: 'A', entries: [{ itemId: stove }] });
    const b = await createList(owner, { name: 'B', entries: [{ itemId: stove, quantity: 2 }] });
    const packId = await createPack(owner, { name: 'Both', listIds: [a, b] });
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
});
