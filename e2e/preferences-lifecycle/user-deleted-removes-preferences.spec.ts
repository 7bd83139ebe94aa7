import {
  createPostgresTransport,
  type EventTransport,
  type LifecycleEvent,
} from '@packyourbag/lifecycle-events';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

// The queue the stack installed and passes to the services (as the queue role) as EVENTS_DATABASE_URL.
const eventsUrl = inject('stack').eventsDatabaseUrl;

const SETTINGS = /* GraphQL */ `
  query Settings {
    me {
      id
      preferences {
        theme
        currency
      }
      dataExport {
        preferences
      }
    }
  }
`;

interface Settings {
  me: {
    id: string;
    preferences: { theme: string; currency: string };
    dataExport: { preferences: { stored: boolean } };
  };
}

let pool: pg.Pool;
let publisher: EventTransport;

function userDeleted(userId: string, id = randomUUID()): LifecycleEvent<'user.deleted'> {
  return { id, type: 'user.deleted', payload: { userId }, occurredAt: new Date() };
}

async function settings(graphqlUrl: string, token: string): Promise<Settings['me']> {
  const result = await postGraphQL<Settings>(graphqlUrl, SETTINGS, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.me;
}

describe('a user.deleted event removes the account’s preferences (through the router)', () => {
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: eventsUrl, max: 2 });
    publisher = createPostgresTransport({ pool });
    // The preferences service subscribes once the schema exists (it retries until then).
    await vi.waitFor(
      async () => {
        const { rows } = await pool.query(
          "SELECT 1 FROM events.subscriptions WHERE consumer = 'preferences'",
        );
        expect(rows).toHaveLength(1);
      },
      { timeout: 15_000, interval: 200 },
    );
  });
  afterAll(() => pool?.end());

  it('the stored document is gone after a bounded wait, and a duplicate event changes nothing', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    const saved = await postGraphQL(
      graphqlUrl,
      'mutation { updatePreferences(input: { theme: DARK, currency: "EUR" }) { theme } }',
      { token: accessToken },
    );
    expect(saved.errors).toBeUndefined();
    const before = await settings(graphqlUrl, accessToken);
    expect(before.preferences).toEqual({ theme: 'DARK', currency: 'EUR' });
    expect(before.dataExport.preferences.stored).toBe(true);

    // Published the way auth's outbox relay will publish it (auth's side comes later).
    const event = userDeleted(before.id);
    await expect(publisher.publish(event)).resolves.toBe(1);

    // The access token is still valid (auth did not really delete the account), which lets the
    // router show what preferences holds: nothing stored, the defaults again.
    await vi.waitFor(
      async () => expect((await settings(graphqlUrl, accessToken)).dataExport.preferences.stored).toBe(false),
      { timeout: 15_000, interval: 200 },
    );
    expect((await settings(graphqlUrl, accessToken)).preferences).toEqual({
      theme: 'SYSTEM',
      currency: 'USD',
    });

    // A duplicate of the same event (same id) is not delivered again: new settings stay.
    await postGraphQL(graphqlUrl, 'mutation { updatePreferences(input: { theme: LIGHT }) { theme } }', {
      token: accessToken,
    });
    await expect(publisher.publish(event)).resolves.toBe(0);
    const { rows } = await pool.query<{ status: string }>(
      "SELECT status FROM events.deliveries WHERE consumer = 'preferences' AND message_id = $1",
      [event.id],
    );
    expect(rows).toEqual([{ status: 'done' }]);
    expect((await settings(graphqlUrl, accessToken)).preferences.theme).toBe('LIGHT');
  });
});
