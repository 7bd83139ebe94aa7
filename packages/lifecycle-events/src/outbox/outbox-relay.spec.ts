import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnyLifecycleEvent } from '../events/lifecycle-event.js';
import { scratchEventsDatabase, type ScratchEventsDatabase } from '../testing/scratch-events-database.js';
import type { EventTransport } from '../transport/event-transport.js';
import { createPostgresTransport } from '../transport/postgres-transport.js';
import { createOutboxRelay } from './outbox-relay.js';

// The outbox table as auth will have it (auth.outbox_events), in a schema of this test's own.
let database: ScratchEventsDatabase;
let transport: EventTransport;
const TABLE = 'relay_test.outbox_events';

beforeAll(async () => {
  database = await scratchEventsDatabase();
  transport = createPostgresTransport({ pool: database.pool });
  await database.pool.query(`
    CREATE SCHEMA relay_test;
    CREATE TABLE ${TABLE} (
      id uuid PRIMARY KEY,
      type text NOT NULL,
      payload json NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      trace_parent text
    );`);
});
afterAll(() => database?.release());
beforeEach(async () => {
  await database.pool.query(`DELETE FROM ${TABLE}`);
});

/** Writes `count` outbox rows a second apart, the way auth's transactions would. */
async function writeOutbox(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const id = randomUUID();
    ids.push(id);
    await database.pool.query(
      `INSERT INTO ${TABLE} (id, type, payload, created_at) VALUES ($1, 'user.deleted', $2, $3)`,
      [id, JSON.stringify({ userId: randomUUID() }), new Date(Date.UTC(2026, 10, 21, 12, 0, index))],
    );
  }
  return ids;
}

async function publishedMessageIds(ids: string[]): Promise<string[]> {
  const { rows } = await database.pool.query<{ id: string }>(
    'SELECT id FROM events.messages WHERE id = ANY($1::uuid[]) ORDER BY seq',
    [ids],
  );
  return rows.map((row) => row.id);
}

async function unpublishedCount(): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${TABLE} WHERE published_at IS NULL`,
  );
  return rows[0]!.n;
}

describe('createOutboxRelay', () => {
  it("carries a row's trace_parent to the consumer's delivery; a row without one has none", async () => {
    const consumer = `trace-${randomUUID().slice(0, 8)}`;
    await transport.subscribe(consumer, ['user.deleted']);
    const [untraced] = await writeOutbox(1);
    const traced = randomUUID();
    const traceParent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await database.pool.query(
      `INSERT INTO ${TABLE} (id, type, payload, trace_parent) VALUES ($1, 'user.deleted', $2, $3)`,
      [traced, JSON.stringify({ userId: randomUUID() }), traceParent],
    );

    await createOutboxRelay({ pool: database.pool, table: TABLE, transport }).relayOnce();
    const claimed = await transport.claim(consumer, { limit: 10, leaseMs: 60_000 });

    expect(claimed.map(({ event }) => [event.id, event.traceParent])).toEqual([
      [untraced, undefined],
      [traced, traceParent],
    ]);
  });

  it('publishes unpublished rows in order and marks them; a second round finds nothing', async () => {
    const ids = await writeOutbox(3);
    const relay = createOutboxRelay({ pool: database.pool, table: TABLE, transport });

    await expect(relay.relayOnce()).resolves.toBe(3);
    await expect(relay.relayOnce()).resolves.toBe(0);

    expect(await publishedMessageIds(ids)).toEqual(ids);
    expect(await unpublishedCount()).toBe(0);
  });

  it('two relays at once publish every row exactly once', async () => {
    const ids = await writeOutbox(40);
    const options = { pool: database.pool, table: TABLE, transport, batchSize: 5 };
    const [a, b] = [createOutboxRelay(options), createOutboxRelay(options)];

    let total = 0;
    for (let round = 0; round < 40 && (await unpublishedCount()) > 0; round++) {
      const [fromA, fromB] = await Promise.all([a.relayOnce(), b.relayOnce()]);
      total += fromA + fromB;
    }

    expect(total).toBe(40);
    expect(await publishedMessageIds(ids)).toEqual(ids);
  });

  it('after a crash between publishing and marking, the next round publishes again without duplicates', async () => {
    const ids = await writeOutbox(2);
    const crashingTransport: EventTransport = {
      ...transport,
      async publish(events: AnyLifecycleEvent | readonly AnyLifecycleEvent[]) {
        await transport.publish(events);
        throw new Error('connection lost after publishing');
      },
    };

    await expect(
      createOutboxRelay({ pool: database.pool, table: TABLE, transport: crashingTransport }).relayOnce(),
    ).rejects.toThrow('connection lost');
    expect(await unpublishedCount()).toBe(2);

    await expect(
      createOutboxRelay({ pool: database.pool, table: TABLE, transport }).relayOnce(),
    ).resolves.toBe(2);
    expect(await publishedMessageIds(ids)).toEqual(ids);
    expect(await unpublishedCount()).toBe(0);
  });

  it('a connection cut while a round holds it (a database restart) fails that round, not the process', async () => {
    const ids = await writeOutbox(2);
    // The relay's own pool, so that only its connection is cut.
    const pool = new pg.Pool({ connectionString: database.url, max: 1, application_name: 'relay-cut' });
    pool.on('error', () => undefined);
    let lent: pg.PoolClient | undefined;
    pool.on('acquire', (client) => (lent = client));
    const cuttingTransport: EventTransport = {
      ...transport,
      async publish(events: AnyLifecycleEvent | readonly AnyLifecycleEvent[]) {
        const cut = new Promise((resolve) => lent!.once('error', resolve));
        await database.pool.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'relay-cut'",
        );
        await cut;
        return transport.publish(events);
      },
    };
    try {
      await expect(
        createOutboxRelay({ pool, table: TABLE, transport: cuttingTransport }).relayOnce(),
      ).rejects.toThrow();
      expect(await unpublishedCount()).toBe(2);
      await expect(createOutboxRelay({ pool, table: TABLE, transport }).relayOnce()).resolves.toBe(2);
      expect(await publishedMessageIds(ids)).toEqual(ids);
    } finally {
      await pool.end();
    }
  });

  it('refuses a table name that is not schema.table', () => {
    expect(() =>
      createOutboxRelay({ pool: database.pool, table: 'outbox; DROP TABLE x', transport }),
    ).toThrow(/schema\.table/);
  });

  it('metrics: rows published by this process, and the unpublished backlog and its age at scrape time', async () => {
    await writeOutbox(1);
    await database.pool.query(
      `INSERT INTO ${TABLE} (id, type, payload, created_at)
       VALUES ($1, 'user.deleted', $2, now() - interval '90 seconds')`,
      [randomUUID(), JSON.stringify({ userId: randomUUID() })],
    );
    const registry = new Registry();
    const relay = createOutboxRelay({ pool: database.pool, table: TABLE, transport, metrics: registry });
    const value = async (name: string) =>
      (await registry.getSingleMetric(name)!.get()).values.find((v) => v.labels['table'] === TABLE)?.value;

    expect(await value('pyb_outbox_unpublished')).toBe(2);
    expect(await value('pyb_outbox_lag_seconds')).toBeGreaterThanOrEqual(89);
    expect(await value('pyb_outbox_published_total')).toBe(0);

    await relay.relayOnce();

    expect(await value('pyb_outbox_unpublished')).toBe(0);
    expect(await value('pyb_outbox_lag_seconds')).toBe(0);
    expect(await value('pyb_outbox_published_total')).toBe(2);
  });
});
