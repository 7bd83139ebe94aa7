import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNotificationListener, type NotificationListener } from '../notify/notification-listener.js';
import { listenerOutage } from '../testing/listener-outage.js';
import { scratchEventsDatabase, type ScratchEventsDatabase } from '../testing/scratch-events-database.js';
import { createPostgresTransport } from '../transport/postgres-transport.js';
import { outboxNotifyTriggerSql } from './outbox-notify-trigger.js';
import { createOutboxRelay, type OutboxRelay } from './outbox-relay.js';

// An outbox table with the trigger a service's migration installs (auth.outbox_events has it).
const TABLE = 'wake_test.outbox_events';
/** So long that only a notification can explain a row relayed within a test's timeout. */
const SAFETY_POLL_MS = 3_600_000;

let database: ScratchEventsDatabase;
beforeAll(async () => {
  database = await scratchEventsDatabase();
  await database.pool.query(`
    CREATE SCHEMA wake_test;
    CREATE TABLE ${TABLE} (
      id uuid PRIMARY KEY, type text NOT NULL, payload json NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz, trace_parent text
    );
    ${outboxNotifyTriggerSql(TABLE)}`);
});
afterAll(() => database?.release());

/** Writes `count` rows in one transaction, as a service's request would. */
async function writeRows(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await database.pool.query(
    `INSERT INTO ${TABLE} (id, type, payload, created_at)
     SELECT id, 'user.deleted', json_build_object('userId', gen_random_uuid()), clock_timestamp()
       FROM unnest($1::uuid[]) AS id`,
    [ids],
  );
  return ids;
}

async function unpublished(ids: string[]): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${TABLE} WHERE id = ANY($1::uuid[]) AND published_at IS NULL`,
    [ids],
  );
  return rows[0]!.n;
}

/** A started relay woken by its own listener, with an hour-long safety poll; and its clean-up. */
async function startedRelay(listenerUrl: string, batchSize = 100) {
  const listener = createNotificationListener({
    connectionString: listenerUrl,
    reconnect: { initialMs: 50, factor: 2, maxMs: 200 },
  });
  const relay: OutboxRelay = createOutboxRelay({
    pool: database.pool,
    table: TABLE,
    transport: createPostgresTransport({ pool: database.pool }),
    listener,
    pollIntervalMs: SAFETY_POLL_MS,
    batchSize,
  });
  relay.start();
  await vi.waitFor(() => expect(listener.isListening()).toBe(true), { timeout: 15_000 });
  return { listener, stop: () => relay.stop().then(() => listener.close()) };
}

describe('outbox relay woken by notifications', { timeout: 90_000 }, () => {
  it('relays a row as soon as its transaction commits, long before the safety poll', async () => {
    const relay = await startedRelay(database.url);
    try {
      const ids = await writeRows(1);
      await vi.waitFor(async () => expect(await unpublished(ids)).toBe(0), { timeout: 30_000 });
    } finally {
      await relay.stop();
    }
  });

  it('one notification drains a backlog of many batches', async () => {
    const relay = await startedRelay(database.url, 3);
    try {
      const ids = await writeRows(20); // one statement, one notification, seven batches
      await vi.waitFor(async () => expect(await unpublished(ids)).toBe(0), { timeout: 30_000 });
    } finally {
      await relay.stop();
    }
  });

  it('after losing its listening connection it reconnects and relays what was written meanwhile', async () => {
    const outage = await listenerOutage(database.pool, database.url);
    let relay: { listener: NotificationListener; stop(): Promise<void> } | undefined;
    try {
      relay = await startedRelay(outage.url);
      expect(await outage.cutOff()).toBe(1);
      await vi.waitFor(() => expect(relay!.listener.isListening()).toBe(false), { timeout: 15_000 });

      const ids = await writeRows(2); // its notification reaches nobody
      expect(await unpublished(ids)).toBe(2);

      await outage.restore();
      await vi.waitFor(async () => expect(await unpublished(ids)).toBe(0), { timeout: 30_000 });
      expect(relay.listener.isListening()).toBe(true);
    } finally {
      await relay?.stop();
      await outage.drop();
    }
  });

  it('two relays woken by the same notifications publish every row exactly once', async () => {
    const [a, b] = [await startedRelay(database.url, 2), await startedRelay(database.url, 2)];
    try {
      const ids = [...(await writeRows(9)), ...(await writeRows(1)), ...(await writeRows(6))];
      await vi.waitFor(async () => expect(await unpublished(ids)).toBe(0), { timeout: 30_000 });
      const { rows } = await database.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM events.messages WHERE id = ANY($1::uuid[])',
        [ids],
      );
      expect(rows[0]!.n).toBe(ids.length);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
