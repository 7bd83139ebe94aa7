import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scratchEventsDatabase, type ScratchEventsDatabase } from '../testing/scratch-events-database.js';
import { createNotificationListener, type NotificationListener } from './notification-listener.js';

let database: ScratchEventsDatabase;
beforeAll(async () => {
  database = await scratchEventsDatabase();
});
afterAll(() => database?.release());

/** Ends the listener's session from the server side, as a database restart or a failover would. */
async function terminateListeners(): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
  );
  return rows[0]!.n;
}

function recorder() {
  const seen: Array<string | undefined> = [];
  return { seen, onWake: (payload: string | undefined) => seen.push(payload) };
}

describe('createNotificationListener', { timeout: 60_000 }, () => {
  let listener: NotificationListener | undefined;
  const open = () => {
    listener = createNotificationListener({
      connectionString: database.url,
      reconnect: { initialMs: 50, factor: 2, maxMs: 500 },
    });
    return listener;
  };
  afterEach(() => listener?.close());

  it('wakes once connected, then with the payload of each committed notification on its channel only', async () => {
    const wakes = recorder();
    const other = recorder();
    const subject = open();
    subject.listen('pyb_test_a', wakes.onWake);
    subject.listen('pyb_test_b', other.onWake);
    await vi.waitFor(() => expect(subject.isListening()).toBe(true), { timeout: 10_000 });
    expect(wakes.seen).toEqual([undefined]); // the catch-up wake of a new connection

    await database.pool.query(`SELECT pg_notify('pyb_test_a', 'one')`);
    // Inside a transaction rolled back: never delivered.
    await database.pool.query(`BEGIN; SELECT pg_notify('pyb_test_a', 'rolled back'); ROLLBACK;`);
    await database.pool.query(`SELECT pg_notify('pyb_test_a', 'two')`);
    await vi.waitFor(() => expect(wakes.seen).toEqual([undefined, 'one', 'two']), { timeout: 10_000 });
    expect(other.seen).toEqual([undefined]);
  });

  it('a channel added to an open connection wakes its handler for a catch-up once its LISTEN is in effect', async () => {
    const first = recorder();
    const added = recorder();
    const subject = open();
    subject.listen('pyb_test_f', first.onWake);
    await vi.waitFor(() => expect(subject.isListening()).toBe(true), { timeout: 10_000 });

    // As auth's relay joining the revocation feed's connection: the loop's first round may read
    // before this LISTEN takes effect, and a row committed in between notifies nobody.
    subject.listen('pyb_test_g', added.onWake);
    await vi.waitFor(() => expect(added.seen).toEqual([undefined]), { timeout: 10_000 });
    expect(first.seen).toEqual([undefined]); // the other channel's handlers are not woken again

    await database.pool.query(`SELECT pg_notify('pyb_test_g', 'after')`);
    await vi.waitFor(() => expect(added.seen).toEqual([undefined, 'after']), { timeout: 10_000 });
  });

  it('a lost connection is re-established and wakes every handler for a catch-up', async () => {
    const wakes = recorder();
    const subject = open();
    subject.listen('pyb_test_c', wakes.onWake);
    await vi.waitFor(() => expect(subject.isListening()).toBe(true), { timeout: 10_000 });

    expect(await terminateListeners()).toBeGreaterThan(0);
    await vi.waitFor(() => expect(wakes.seen).toEqual([undefined, undefined]), { timeout: 15_000 });
    await vi.waitFor(() => expect(subject.isListening()).toBe(true), { timeout: 10_000 });

    // Listening again on the new connection.
    await database.pool.query(`SELECT pg_notify('pyb_test_c', 'after')`);
    await vi.waitFor(() => expect(wakes.seen).toContain('after'), { timeout: 10_000 });
  });

  it('keeps retrying while the database refuses, and connects once it answers', async () => {
    const wakes = recorder();
    // A role that cannot log in yet: the connection is refused until the test allows it.
    const role = `pyb_listener_${Date.now()}`;
    await database.pool.query(`CREATE ROLE ${role} NOLOGIN`);
    try {
      const url = new URL(database.url);
      url.username = role;
      const refusals: unknown[] = [];
      listener = createNotificationListener({
        connectionString: url.toString(),
        reconnect: { initialMs: 50, factor: 2, maxMs: 200 },
        logger: { info: () => undefined, warn: (object) => refusals.push(object) },
      });
      listener.listen('pyb_test_d', wakes.onWake);
      await vi.waitFor(() => expect(refusals.length).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
      expect(listener.isListening()).toBe(false);
      expect(wakes.seen).toEqual([]);

      await database.pool.query(`ALTER ROLE ${role} LOGIN`);
      await vi.waitFor(() => expect(listener!.isListening()).toBe(true), { timeout: 10_000 });
      expect(wakes.seen).toEqual([undefined]);
    } finally {
      await listener?.close();
      listener = undefined;
      await database.pool.query(`DROP ROLE ${role}`).catch(() => undefined);
    }
  });

  it('close stops it: no reconnect and no wake afterwards', async () => {
    const wakes = recorder();
    const subject = open();
    subject.listen('pyb_test_e', wakes.onWake);
    await vi.waitFor(() => expect(subject.isListening()).toBe(true), { timeout: 10_000 });
    await subject.close();
    expect(subject.isListening()).toBe(false);

    // A second listener on the channel receives the notification; the closed one does not.
    const witness = recorder();
    const second = createNotificationListener({ connectionString: database.url });
    try {
      second.listen('pyb_test_e', witness.onWake);
      await vi.waitFor(() => expect(second.isListening()).toBe(true), { timeout: 10_000 });
      await database.pool.query(`SELECT pg_notify('pyb_test_e', 'late')`);
      await vi.waitFor(() => expect(witness.seen).toEqual([undefined, 'late']), { timeout: 10_000 });
    } finally {
      await second.close();
    }
    expect(wakes.seen).toEqual([undefined]);
  });
});
