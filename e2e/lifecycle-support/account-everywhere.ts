import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import pg from 'pg';
import { expect } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';

export const PASSWORD = 'correct horse battery staple';

/** An account signed up through the router, with data in every service. */
export interface AccountEverywhere {
  id: string;
  email: string;
  accessToken: string;
  /** Fails the test on any GraphQL error. */
  data<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Calls the router as `token`; fails the test on any error. */
export function caller(graphqlUrl: string, token: string) {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await postGraphQL<T>(graphqlUrl, query, { token, variables });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  };
}

/**
 * Signs up and fills every service through the router: two items, a list, a pack with that list,
 * a trip with one item checked, a share link (packing), preferences, and a second session (auth).
 */
export async function accountWithDataEverywhere(graphqlUrl: string): Promise<AccountEverywhere> {
  const email = `e2e-lifecycle-${randomUUID()}@example.com`;
  const signUp = await postGraphQL<{ signUp: { accessToken: string; user: { id: string } } }>(
    graphqlUrl,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
    { variables: { input: { email, password: PASSWORD } } },
  );
  expect(signUp.errors).toBeUndefined();
  const { accessToken, user } = signUp.data!.signUp;
  const data = caller(graphqlUrl, accessToken);
  // A second device.
  await data('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
    input: { email, password: PASSWORD },
  });
  const tent = await data<{ createItem: { id: string } }>(
    'mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }',
    { input: { name: 'Tent', weightMg: 1_150_000 } },
  );
  const stove = await data<{ createItem: { id: string } }>(
    'mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }',
    { input: { name: 'Stove', weightMg: 73_000 } },
  );
  const list = await data<{ createList: { id: string } }>(
    'mutation ($input: CreateListInput!) { createList(input: $input) { id } }',
    {
      input: {
        name: 'Overnight',
        entries: [{ itemId: tent.createItem.id }, { itemId: stove.createItem.id, quantity: 1 }],
      },
    },
  );
  const pack = await data<{ createPack: { id: string } }>(
    'mutation ($input: CreatePackInput!) { createPack(input: $input) { id } }',
    { input: { name: 'Weekend', listIds: [list.createList.id] } },
  );
  const trip = await data<{ createTrip: { id: string } }>(
    'mutation ($input: CreateTripInput!) { createTrip(input: $input) { id } }',
    { input: { name: 'Ridge walk', packId: pack.createPack.id } },
  );
  await data('mutation ($trip: ID!, $item: ID!) { checkTripItem(tripId: $trip, itemId: $item) { id } }', {
    trip: trip.createTrip.id,
    item: tent.createItem.id,
  });
  await data('mutation ($list: ID!) { shareList(listId: $list) { id } }', { list: list.createList.id });
  await data('mutation { updatePreferences(input: { theme: DARK, currency: "EUR" }) { theme } }');
  return { id: user.id, email, accessToken, data };
}

/** Rows per packing table that belong to `userId`, read from the store itself (admin connection). */
export async function packingRowsOf(databaseUrl: string, userId: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(
      `SELECT
         (SELECT count(*)::int FROM packing.items WHERE owner_id = $1) AS items,
         (SELECT count(*)::int FROM packing.categories WHERE owner_id = $1) AS categories,
         (SELECT count(*)::int FROM packing.lists WHERE owner_id = $1) AS lists,
         (SELECT count(*)::int FROM packing.list_entries e JOIN packing.items i ON i.id = e.item_id
           WHERE i.owner_id = $1) AS "listEntries",
         (SELECT count(*)::int FROM packing.packs WHERE owner_id = $1) AS packs,
         (SELECT count(*)::int FROM packing.pack_lists pl JOIN packing.packs p ON p.id = pl.pack_id
           WHERE p.owner_id = $1) AS "packLists",
         (SELECT count(*)::int FROM packing.trips WHERE owner_id = $1) AS trips,
         (SELECT count(*)::int FROM packing.trip_checks c JOIN packing.items i ON i.id = c.item_id
           WHERE i.owner_id = $1) AS checks,
         (SELECT count(*)::int FROM packing.share_links WHERE owner_id = $1) AS "shareLinks",
         (SELECT count(*)::int FROM packing.import_jobs WHERE owner_id = $1) AS "importJobs",
         (SELECT count(*)::int FROM packing.seeded_users WHERE user_id = $1) AS seeded`,
      [userId],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** Rows auth holds for `userId` (the account and its sessions). */
export async function authRowsOf(databaseUrl: string, userId: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM auth.users WHERE id = $1) AS users,
              (SELECT count(*)::int FROM auth.sessions WHERE user_id = $1) AS sessions,
              (SELECT count(*)::int FROM auth.personal_access_tokens WHERE user_id = $1) AS tokens`,
      [userId],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** Documents preferences stores for `userId`, read from its MongoDB (or the stand-in) directly. */
export async function preferencesDocumentsOf(mongoUrl: string, userId: string): Promise<number> {
  const connection = await mongoose
    .createConnection(mongoUrl, { serverSelectionTimeoutMS: 5000 })
    .asPromise();
  try {
    return await connection.db!.collection('preferences').countDocuments({ userId });
  } finally {
    await connection.close();
  }
}

/** Every count zero. */
export const nothingIn = (counts: Record<string, number>) =>
  Object.fromEntries(Object.keys(counts).map((key) => [key, 0]));

/** The id of the lifecycle event auth published about `userId`, once its relay has published it. */
export async function publishedEventId(
  eventsUrl: string,
  userId: string,
  type: string,
): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: eventsUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      "SELECT id FROM events.messages WHERE type = $1 AND payload->>'userId' = $2 ORDER BY seq LIMIT 1",
      [type, userId],
    );
    return rows[0]?.id;
  } finally {
    await client.end();
  }
}

/** The consumer's delivery status of an event (`pending`, `done`, `dead`), if it has one. */
export async function deliveryStatus(
  eventsUrl: string,
  consumer: string,
  eventId: string,
): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: eventsUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string }>(
      'SELECT status FROM events.deliveries WHERE consumer = $1 AND message_id = $2',
      [consumer, eventId],
    );
    return rows[0]?.status;
  } finally {
    await client.end();
  }
}
