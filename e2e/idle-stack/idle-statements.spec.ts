// Issue 16 item 4 (decision 1440): an idle stack costs PostgreSQL almost nothing. Its own stack in
// the development profile (the test profile reloads keys and revocations every second on purpose),
// left alone, runs a few transactions in its database where polling ran ~6 a second; and a guest
// started on it still has its user.created relayed and consumed promptly, woken by notifications.
import { readDatabaseActivity, type RunningStack } from '@packyourbag/stack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { startScenarioStack } from '../support/scenario-stack.js';

/** The window counted, and the bound: polling every 500 ms ran ~130 in it; this allows 1.5 a second. */
const WINDOW_MS = 20_000;
const MOST_TRANSACTIONS = 30;
/** Start-up work (first recovery round, first key and revocation loads) is not idle work. */
const SETTLE_MS = 12_000;

let stack: RunningStack;
beforeAll(async () => {
  stack = await startScenarioStack({
    nodeEnv: 'development',
    services: ['auth', 'packing', 'preferences', 'router'],
  });
}, 180_000);
afterAll(() => stack?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an idle stack', () => {
  it(`runs fewer than ${MOST_TRANSACTIONS} transactions in its database over ${WINDOW_MS / 1000} s`, async () => {
    await sleep(SETTLE_MS);
    const before = await readDatabaseActivity(stack.databaseUrl);
    await sleep(WINDOW_MS);
    const after = await readDatabaseActivity(stack.databaseUrl);
    expect(after.transactions - before.transactions).toBeLessThan(MOST_TRANSACTIONS);
  }, 120_000);

  it('still relays and consumes an event at once: the outbox row wakes the relay, the queue row the consumer', async () => {
    // The safety polls are 60 s here: a delivery done within the timeout was woken by notifications.
    const events = new pg.Client({ connectionString: stack.eventsUrl });
    await events.connect();
    try {
      const { rows } = await events.query<{ consumer: string }>(
        'SELECT consumer FROM events.subscriptions ORDER BY consumer',
      );
      expect(rows.map((row) => row.consumer)).toEqual(['packing', 'preferences']);
      const started = await postGraphQL<{ startGuestSession: { user: { id: string } } }>(
        stack.urls.graphql,
        'mutation { startGuestSession { user { id } } }',
      );
      const userId = started.data?.startGuestSession.user.id;
      expect(userId, JSON.stringify(started)).toBeTruthy();
      await vi.waitFor(
        async () => {
          const deliveries = await events.query<{ consumer: string; status: string }>(
            `SELECT d.consumer, d.status FROM events.deliveries d JOIN events.messages m ON m.id = d.message_id
              WHERE m.key = $1 AND m.type = 'user.created'`,
            [userId],
          );
          // Packing seeds the guest's sample gear; preferences does not subscribe to user.created.
          expect(deliveries.rows).toEqual([{ consumer: 'packing', status: 'done' }]);
        },
        { timeout: 30_000, interval: 250 },
      );
    } finally {
      await events.end();
    }
  }, 60_000);
});
