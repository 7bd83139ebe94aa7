import { expect } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';

export interface SeededGear {
  itemName: string;
  ids: { list: string; pack: string; trip: string };
  /** The pack's share token: `/s/<token>?kind=pack` is its public page. */
  shareToken: string;
}

/** An item in a list in a pack on a trip, and the pack shared, made through the router. */
export async function seedGear(graphqlUrl: string, token: string): Promise<SeededGear> {
  const call = async <T>(query: string, variables: Record<string, unknown>) => {
    const result = await postGraphQL<T>(graphqlUrl, query, { token, variables });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  };
  const itemName = 'Headlamp';
  const item = await call<{ createItem: { id: string } }>(
    'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
    { input: { name: itemName, weightMg: 88_000 } },
  );
  const list = await call<{ createList: { id: string } }>(
    'mutation($input: CreateListInput!) { createList(input: $input) { id } }',
    { input: { name: 'Night', entries: [{ itemId: item.createItem.id }] } },
  );
  const pack = await call<{ createPack: { id: string } }>(
    'mutation($input: CreatePackInput!) { createPack(input: $input) { id } }',
    { input: { name: 'Night pack', listIds: [list.createList.id] } },
  );
  const trip = await call<{ createTrip: { id: string } }>(
    'mutation($input: CreateTripInput!) { createTrip(input: $input) { id } }',
    {
      input: {
        name: 'Night hike',
        startDate: '2027-07-14',
        endDate: '2027-07-14',
        packId: pack.createPack.id,
      },
    },
  );
  const share = await call<{ sharePack: { token: string } }>(
    'mutation($id: ID!) { sharePack(packId: $id) { token } }',
    { id: pack.createPack.id },
  );
  return {
    itemName,
    ids: { list: list.createList.id, pack: pack.createPack.id, trip: trip.createTrip.id },
    shareToken: share.sharePack.token,
  };
}
