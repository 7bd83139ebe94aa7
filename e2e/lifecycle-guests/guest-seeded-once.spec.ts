import { createPostgresTransport } from '@packyourbag/lifecycle-events';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it, vi } from 'vitest';
import {
  caller,
  deliveryStatus,
  packingRowsOf,
  publishedEventId,
} from '../lifecycle-support/account-everywhere.js';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

const { graphqlUrl, databaseUrl, eventsDatabaseUrl } = inject('stack');

const GEAR = /* GraphQL */ `
  query GuestGear {
    me {
      id
      isGuest
      items(first: 100) {
        totalCount
      }
      lists(first: 10) {
        nodes {
          name
        }
      }
      packs(first: 10) {
        nodes {
          name
        }
      }
      trips(first: 10) {
        nodes {
          name
          pack {
            name
          }
        }
      }
    }
  }
`;

interface GuestGear {
  me: {
    id: string;
    isGuest: boolean;
    items: { totalCount: number };
    lists: { nodes: { name: string }[] };
    packs: { nodes: { name: string }[] };
    trips: { nodes: { name: string; pack: { name: string } | null }[] };
  };
}

describe('a new guest gets sample gear exactly once', () => {
  it('seeded after a bounded wait; the event again, or a second one, seeds nothing more', async () => {
    const started = await postGraphQL<{ startGuestSession: { accessToken: string } }>(
      graphqlUrl,
      'mutation { startGuestSession { accessToken } }',
    );
    expect(started.errors).toBeUndefined();
    const data = caller(graphqlUrl, started.data!.startGuestSession.accessToken);

    const seeded = await vi.waitFor(
      async () => {
        const gear = await data<GuestGear>(GEAR);
        expect(gear.me.items.totalCount).toBeGreaterThan(0);
        return gear;
      },
      { timeout: 20_000, interval: 250 },
    );
    expect(seeded.me.isGuest).toBe(true);
    expect(seeded.me.lists.nodes).toHaveLength(2);
    expect(seeded.me.packs.nodes).toHaveLength(1);
    expect(seeded.me.trips.nodes).toEqual([
      expect.objectContaining({ pack: { name: seeded.me.packs.nodes[0]!.name } }),
    ]);
    const rows = await packingRowsOf(databaseUrl, seeded.me.id);
    expect(rows.seeded).toBe(1);

    // The same event (same id) again, and another user.created for the guest (a second outbox row).
    const eventId = await publishedEventId(eventsDatabaseUrl, seeded.me.id, 'user.created');
    expect(eventId).toBeDefined();
    const pool = new pg.Pool({ connectionString: eventsDatabaseUrl, max: 1 });
    const second = randomUUID();
    try {
      const transport = createPostgresTransport({ pool });
      const event = (id: string) => ({
        id,
        type: 'user.created' as const,
        payload: { userId: seeded.me.id, guest: true },
        occurredAt: new Date(),
      });
      await expect(transport.publish(event(eventId!))).resolves.toBe(0);
      await expect(transport.publish(event(second))).resolves.toBe(1);
    } finally {
      await pool.end();
    }
    await vi.waitFor(
      async () => expect(await deliveryStatus(eventsDatabaseUrl, 'packing', second)).toBe('done'),
      { timeout: 20_000, interval: 250 },
    );
    expect(await packingRowsOf(databaseUrl, seeded.me.id)).toEqual(rows);
    expect((await data<GuestGear>(GEAR)).me.items.totalCount).toBe(seeded.me.items.totalCount);
  });

  it('an account signed up with email gets no sample gear', async () => {
    const email = `e2e-lifecycle-${randomUUID()}@example.com`;
    const signUp = await postGraphQL<{ signUp: { accessToken: string; user: { id: string } } }>(
      graphqlUrl,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
      { variables: { input: { email, password: 'correct horse battery staple' } } },
    );
    const userId = signUp.data!.signUp.user.id;
    let eventId: string | undefined;
    await vi.waitFor(
      async () => {
        eventId = await publishedEventId(eventsDatabaseUrl, userId, 'user.created');
        expect(eventId && (await deliveryStatus(eventsDatabaseUrl, 'packing', eventId))).toBe('done');
      },
      { timeout: 20_000, interval: 250 },
    );
    expect((await packingRowsOf(databaseUrl, userId)).items).toBe(0);
  });
});
