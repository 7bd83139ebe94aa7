import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, type ManualClock } from '../testing/manual-clock.js';
import { userDeleted } from '../testing/events.js';
import { scratchEventsDatabase, type ScratchEventsDatabase } from '../testing/scratch-events-database.js';
import type { EventTransport } from '../transport/event-transport.js';
import { createPostgresTransport } from '../transport/postgres-transport.js';
import { createEventRetention } from './event-retention.js';

let database: ScratchEventsDatabase;
let clock: ManualClock;
let transport: EventTransport;

beforeAll(async () => {
  database = await scratchEventsDatabase();
  clock = manualClock();
  transport = createPostgresTransport({ pool: database.pool, clock });
});
afterAll(() => database?.release());

const consumerName = () => `consumer_${randomUUID().slice(0, 8)}`;
const DAY = 86_400_000;

async function rowsOf(consumer: string, ids: string[]) {
  const deliveries = await database.pool.query<{ message_id: string; status: string }>(
    'SELECT message_id, status FROM events.deliveries WHERE consumer = $1 ORDER BY seq',
    [consumer],
  );
  const messages = await database.pool.query<{ id: string }>(
    'SELECT id FROM events.messages WHERE id = ANY($1)',
    [ids],
  );
  return {
    deliveries: deliveries.rows.map((row) => [row.message_id, row.status]),
    messages: messages.rows.map((row) => row.id).sort(),
  };
}

describe('lifecycle event retention', () => {
  it('purges deliveries done before the retention and their messages; keeps pending, recent and dead ones', async () => {
    const [mine, other] = [consumerName(), consumerName()];
    await transport.subscribe(mine, ['user.deleted']);
    await transport.subscribe(other, ['user.deleted']);
    const [old, recent, pending, dead] = [userDeleted(), userDeleted(), userDeleted(), userDeleted()];

    await transport.publish([old, dead]);
    await transport.claim(mine, { limit: 10, leaseMs: 60_000 });
    await transport.complete(mine, old.id);
    await transport.deadLetter(mine, dead.id, 'poison');
    // The other consumer finished `old` too, ten days ago: only then may the message itself go.
    await transport.claim(other, { limit: 10, leaseMs: 60_000 });
    await transport.complete(other, old.id);
    await transport.complete(other, dead.id);

    clock.advance(10 * DAY);
    await transport.publish([recent, pending]);
    await transport.claim(mine, { limit: 1, leaseMs: 60_000 });
    await transport.complete(mine, recent.id);

    const now = clock;
    const mineRetention = createEventRetention({ consumer: mine, transport, keepDays: 7, now });
    await expect(mineRetention.purge()).resolves.toEqual({ deliveries: 1, messages: 0 });
    const ids = [old.id, recent.id, pending.id, dead.id];
    expect((await rowsOf(mine, ids)).deliveries).toEqual([
      [dead.id, 'dead'],
      [recent.id, 'done'],
      [pending.id, 'pending'],
    ]);
    // `old` still has the other consumer's delivery: the message stays until that one goes too.
    expect((await rowsOf(mine, ids)).messages).toEqual([...ids].sort());

    const otherRetention = createEventRetention({ consumer: other, transport, keepDays: 7, now });
    const purged = await otherRetention.purge();
    expect(purged.deliveries).toBe(2);
    expect(purged.messages).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(mine, ids)).messages).toEqual([recent.id, pending.id, dead.id].sort());

    // Nothing else is past retention: a second run deletes nothing of these.
    await expect(mineRetention.purge()).resolves.toEqual({ deliveries: 0, messages: 0 });
  });

  it('purges in batches until nothing is left past retention', async () => {
    const consumer = consumerName();
    await transport.subscribe(consumer, ['user.deleted']);
    const events = Array.from({ length: 5 }, () => userDeleted());
    await transport.publish(events);
    await transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    for (const event of events) await transport.complete(consumer, event.id);
    clock.advance(8 * DAY);

    const retention = createEventRetention({ consumer, transport, keepDays: 7, batchSize: 2, now: clock });
    await expect(retention.purge()).resolves.toMatchObject({ deliveries: 5 });
    expect(
      (
        await rowsOf(
          consumer,
          events.map((event) => event.id),
        )
      ).deliveries,
    ).toEqual([]);
  });
});
