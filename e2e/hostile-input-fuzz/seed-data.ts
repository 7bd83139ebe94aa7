import { randomUUID } from 'node:crypto';
import { setupCall } from './fuzz-http.js';
import type { Account } from './fuzz-world.js';
import type { PoolName } from './value-template.js';
import { randomClientIp } from '../support/forwarded-client.js';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }';

/** Setup calls as the account (not fuzz cases: any error fails the run). */
function caller(graphqlUrl: string, account: Account) {
  return <T>(query: string, variables: Record<string, unknown> = {}) =>
    setupCall<T>(graphqlUrl, query, variables, { token: account.accessToken });
}

async function createItem(call: ReturnType<typeof caller>, input: Record<string, unknown>): Promise<string> {
  const data = await call<{ createItem: { id: string } }>(
    'mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }',
    { input },
  );
  return data.createItem.id;
}

async function createList(call: ReturnType<typeof caller>, input: Record<string, unknown>): Promise<string> {
  const data = await call<{ createList: { id: string } }>(
    'mutation ($input: CreateListInput!) { createList(input: $input) { id } }',
    { input },
  );
  return data.createList.id;
}

async function createPack(call: ReturnType<typeof caller>, input: Record<string, unknown>): Promise<string> {
  const data = await call<{ createPack: { id: string } }>(
    'mutation ($input: CreatePackInput!) { createPack(input: $input) { id } }',
    { input },
  );
  return data.createPack.id;
}

async function createTrip(call: ReturnType<typeof caller>, input: Record<string, unknown>): Promise<string> {
  const data = await call<{ createTrip: { id: string } }>(
    'mutation ($input: CreateTripInput!) { createTrip(input: $input) { id } }',
    { input },
  );
  return data.createTrip.id;
}

/**
 * Gives the account real data in every service: categories, items (priced and not), two lists with
 * entries, a pack with a list and an extra entry, a trip on the pack with a check, share links, a
 * personal access token, preferences and a second session.
 */
export async function seedData(graphqlUrl: string, account: Account): Promise<void> {
  const call = caller(graphqlUrl, account);
  const tag = randomUUID().slice(0, 8);
  const category = async (name: string, colorIndex: number) =>
    (
      await call<{ createCategory: { id: string } }>(
        'mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
        { input: { name: `${name} ${tag}`, colorIndex } },
      )
    ).createCategory.id;
  const shelter = await category('Shelter', 1);
  const kitchen = await category('Kitchen', 4);
  const tent = await createItem(call, {
    name: 'Tent',
    weightMg: 1_150_000,
    categoryId: shelter,
    priceMinor: 39_900,
    currency: 'EUR',
  });
  const stove = await createItem(call, {
    name: 'Stove',
    weightMg: 73_000,
    categoryId: kitchen,
    notes: 'canister',
  });
  const pot = await createItem(call, {
    name: 'Pot',
    weightMg: 120_500,
    categoryId: kitchen,
    link: 'https://example.com/pot',
  });
  const fuel = await createItem(call, { name: 'Fuel', weightMg: 230_000, description: 'gas' });
  const list = await createList(call, {
    name: `Overnight ${tag}`,
    colorIndex: 2,
    entries: [
      { itemId: tent },
      { itemId: stove, quantity: 2, wornQuantity: 1 },
      { itemId: fuel, consumable: true },
    ],
  });
  await createList(call, { name: `Kitchen ${tag}`, entries: [{ itemId: pot }] });
  const pack = await createPack(call, { name: `Weekend ${tag}`, listIds: [list] });
  await call(
    'mutation ($pack: ID!, $input: EntryInput!) { addPackEntry(packId: $pack, input: $input) { id } }',
    {
      pack,
      input: { itemId: pot, note: 'spare' },
    },
  );
  const trip = await createTrip(call, {
    name: `Ridge ${tag}`,
    packId: pack,
    startDate: '2027-07-14',
    endDate: '2027-07-16',
  });
  await call('mutation ($trip: ID!, $item: ID!) { checkTripItem(tripId: $trip, itemId: $item) { id } }', {
    trip,
    item: tent,
  });
  const listLink = await call<{ shareList: { token: string } }>(
    'mutation ($list: ID!) { shareList(listId: $list) { token } }',
    { list },
  );
  const packLink = await call<{ sharePack: { token: string } }>(
    'mutation ($pack: ID!) { sharePack(packId: $pack) { token } }',
    { pack },
  );
  account.shareTokens.push(listLink.shareList.token, packLink.sharePack.token);
  await call(
    'mutation ($input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: $input) { token } }',
    { input: { name: `client ${tag}`, scopes: ['packing:read'], expiresInDays: 30 } },
  );
  await call(
    'mutation { updatePreferences(input: { theme: DARK, currency: "EUR", weightUnit: OZ }) { theme } }',
  );
  // A second device, so that revoking a session other than the current one can succeed.
  await setupCall(
    graphqlUrl,
    SIGN_IN,
    { input: { email: account.email, password: account.password } },
    {
      ip: randomClientIp(),
    },
  );
}

/** Pools that, once a case has emptied them (deleteItem…), make the world top the data up. */
export const TOPPED_UP_POOLS: PoolName[] = ['item', 'list', 'pack', 'trip'];

/** Creates one of each kind a case deleted the last of (and what it needs), nothing more. */
export async function topUp(
  graphqlUrl: string,
  account: Account,
  pools: Record<PoolName, string[]>,
): Promise<void> {
  const call = caller(graphqlUrl, account);
  const tag = randomUUID().slice(0, 8);
  let items = pools.item;
  if (items.length === 0) {
    items = [
      await createItem(call, { name: `Spare tent ${tag}`, weightMg: 900_000 }),
      await createItem(call, { name: `Spoon ${tag}`, weightMg: 12_000 }),
    ];
  }
  let lists = pools.list;
  if (lists.length === 0) {
    lists = [
      await createList(call, {
        name: `Again ${tag}`,
        entries: items.slice(0, 2).map((itemId) => ({ itemId })),
      }),
    ];
  }
  let packs = pools.pack;
  if (packs.length === 0) packs = [await createPack(call, { name: `Again ${tag}`, listIds: [lists[0]] })];
  if (pools.trip.length === 0) await createTrip(call, { name: `Again ${tag}`, packId: packs[0] });
}
