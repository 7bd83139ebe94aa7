import { describe, expect, it } from 'vitest';
import { userDeleted } from '../testing/events.js';
import { uniqueName, useScratchTransport } from '../testing/use-scratch-transport.js';
import { createEventRetention } from './event-retention.js';

const queue = useScratchTransport();

const consumerName = () => uniqueName('consumer');
const DAY = 86_400_000;

async function rowsOf(consumer: string, ids: string[]) {
  const deliveries = await queue.database.pool.query<{ message_id: string; status: string }>(
    'SELECT message_id, status FROM events.deliveries WHERE consumer = $1 ORDER BY seq',
    [consumer],
  );
  const messages = await queue.database.pool.query<{ id: string }>(
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
    await queue.transport.subscribe(mine, ['user.deleted']);
    await queue.transport.subscribe(other, ['user.deleted']);
    const [old, recent, pending, dead] = [userDeleted(), userDeleted(), userDeleted(), userDeleted()];

    await queue.transport.publish([old, dead]);
    await queue.transport.claim(mine, { limit: 10, leaseMs: 60_000 });
    await queue.transport.complete(mine, old.id);
    await queue.transport.deadLetter(mine, dead.id, 'poison');
    // The other consumer finished `old` too, ten days ago: only then may the message itself go.
    await queue.transport.claim(other, { limit: 10, leaseMs: 60_000 });
    await queue.transport.complete(other, old.id);
    await queue.transport.complete(other, dead.id);

    queue.clock.advance(10 * DAY);
    await queue.transport.publish([recent, pending]);
    await queue.transport.claim(mine, { limit: 1, leaseMs: 60_000 });
    await queue.transport.complete(mine, recent.id);

    const now = queue.clock;
    const mineRetention = createEventRetention({
      consumer: mine,
      transport: queue.transport,
      keepDays: 7,
      now,
    });
    await expect(mineRetention.purge()).resolves.toEqual({ deliveries: 1, messages: 0 });
    const ids = [old.id, recent.id, pending.id, dead.id];
    expect((await rowsOf(mine, ids)).deliveries).toEqual([
      [dead.id, 'dead'],
      [recent.id, 'done'],
      [pending.id, 'pending'],
    ]);
    // `old` still has the other consumer's delivery: the message stays until that one goes too.
    expect((await rowsOf(mine, ids)).messages).toEqual([...ids].sort());

    const otherRetention = createEventRetention({
      consumer: other,
      transport: queue.transport,
      keepDays: 7,
      now,
    });
    const purged = await otherRetention.purge();
    expect(purged.deliveries).toBe(2);
    expect(purged.messages).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(mine, ids)).messages).toEqual([recent.id, pending.id, dead.id].sort());

    // Nothing else is past retention: a second run deletes nothing of these.
    await expect(mineRetention.purge()).resolves.toEqual({ deliveries: 0, messages: 0 });
  });

  it('purges in batches until nothing is left past retention', async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.deleted']);
    const events = Array.from({ length: 5 }, () => userDeleted());
    await queue.transport.publish(events);
    await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    for (const event of events) await queue.transport.complete(consumer, event.id);
    queue.clock.advance(8 * DAY);

    const retention = createEventRetention({
      consumer,
      transport: queue.transport,
      keepDays: 7,
      batchSize: 2,
      now: queue.clock,
    });
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
