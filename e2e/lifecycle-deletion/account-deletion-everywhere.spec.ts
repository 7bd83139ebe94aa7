import { createPostgresTransport } from '@packyourbag/lifecycle-events';
import pg from 'pg';
import { describe, expect, inject, it, vi } from 'vitest';
import {
  accountWithDataEverywhere,
  authRowsOf,
  deliveryStatus,
  nothingIn,
  packingRowsOf,
  PASSWORD,
  preferencesDocumentsOf,
  publishedEventId,
} from '../lifecycle-support/account-everywhere.js';
import '../support/stack-info.js';

// deleteAccount through the router; auth's outbox relay publishes user.deleted; packing and
// preferences consume it. Proven by looking into every store directly, not through the API.
const { graphqlUrl, databaseUrl, mongoUrl, eventsDatabaseUrl } = inject('stack');

describe('deleting an account removes everything it owned in every service', () => {
  it('nothing remains after a bounded wait, and the same event published again changes nothing', async () => {
    const account = await accountWithDataEverywhere(graphqlUrl);
    const before = await packingRowsOf(databaseUrl, account.id);
    expect(before).toMatchObject({ items: 2, lists: 1, listEntries: 2, packs: 1, packLists: 1, trips: 1 });
    expect(before).toMatchObject({ checks: 1, shareLinks: 1 });
    expect(await authRowsOf(databaseUrl, account.id)).toMatchObject({ users: 1, sessions: 2 });
    expect(await preferencesDocumentsOf(mongoUrl, account.id)).toBe(1);

    await account.data('mutation ($input: DeleteAccountInput!) { deleteAccount(input: $input) }', {
      input: { password: PASSWORD },
    });

    // Bounded: the relay and both consumers poll every 100 ms in scenario stacks.
    await vi.waitFor(
      async () => {
        expect(await packingRowsOf(databaseUrl, account.id)).toEqual(nothingIn(before));
        expect(await preferencesDocumentsOf(mongoUrl, account.id)).toBe(0);
      },
      { timeout: 20_000, interval: 250 },
    );
    expect(await authRowsOf(databaseUrl, account.id)).toEqual({ users: 0, sessions: 0, tokens: 0 });

    // The event as auth published it, published again (a relay that crashed before marking its
    // row): no new delivery for any consumer, nothing changes.
    const eventId = await publishedEventId(eventsDatabaseUrl, account.id, 'user.deleted');
    expect(eventId).toBeDefined();
    expect(await deliveryStatus(eventsDatabaseUrl, 'packing', eventId!)).toBe('done');
    expect(await deliveryStatus(eventsDatabaseUrl, 'preferences', eventId!)).toBe('done');
    const pool = new pg.Pool({ connectionString: eventsDatabaseUrl, max: 1 });
    try {
      const transport = createPostgresTransport({ pool });
      const duplicate = {
        id: eventId!,
        type: 'user.deleted' as const,
        payload: { userId: account.id },
        occurredAt: new Date(),
      };
      await expect(transport.publish(duplicate)).resolves.toBe(0);
      const { rows } = await pool.query<{ consumer: string; status: string }>(
        'SELECT consumer, status FROM events.deliveries WHERE message_id = $1 ORDER BY consumer',
        [eventId],
      );
      expect(rows.map(({ consumer, status }) => ({ consumer, status }))).toEqual([
        { consumer: 'packing', status: 'done' },
        { consumer: 'preferences', status: 'done' },
      ]);
    } finally {
      await pool.end();
    }
    expect(await packingRowsOf(databaseUrl, account.id)).toEqual(nothingIn(before));
  });
});
