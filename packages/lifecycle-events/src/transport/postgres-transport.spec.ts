import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { userCreated, userDeleted } from '../testing/events.js';
import { uniqueName, useScratchTransport } from '../testing/use-scratch-transport.js';

const queue = useScratchTransport();

const consumerName = () => uniqueName('consumer');

describe('the PostgreSQL queue.transport', () => {
  it('publishing the same event id twice delivers it once', async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.deleted']);
    const event = userDeleted();

    await expect(queue.transport.publish(event)).resolves.toBe(1);
    await expect(queue.transport.publish(event)).resolves.toBe(0);

    const claimed = await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    expect(claimed.map((delivery) => delivery.event.id)).toEqual([event.id]);
    expect(claimed[0]!.event).toEqual(event);
  });

  it('fans an event out to every subscribed consumer, and only to those', async () => {
    const [preferences, packing, other] = [consumerName(), consumerName(), consumerName()];
    await queue.transport.subscribe(preferences, ['user.deleted']);
    await queue.transport.subscribe(packing, ['user.created', 'user.deleted']);
    await queue.transport.subscribe(other, ['user.upgraded']);
    const deleted = userDeleted();

    await queue.transport.publish(deleted);

    for (const consumer of [preferences, packing]) {
      const claimed = await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
      expect(claimed.map((delivery) => delivery.event.id)).toEqual([deleted.id]);
    }
    await expect(queue.transport.claim(other, { limit: 10, leaseMs: 60_000 })).resolves.toEqual([]);
  });

  it('hands events out in publication order, each to one claimer at a time', async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.deleted']);
    const events = [userDeleted(), userDeleted(), userDeleted()];
    await queue.transport.publish(events);

    const [first, second] = await Promise.all([
      queue.transport.claim(consumer, { limit: 2, leaseMs: 60_000 }),
      queue.transport.claim(consumer, { limit: 2, leaseMs: 60_000 }),
    ]);

    const ids = [...first, ...second].map((delivery) => delivery.event.id);
    expect(new Set(ids).size).toBe(3);
    expect([...ids].sort()).toEqual(events.map((event) => event.id).sort());
    const larger = first.length >= second.length ? first : second;
    expect(larger.map((delivery) => delivery.event.id)).toEqual(events.slice(0, 2).map((event) => event.id));
  });

  it('gives a crashed consumer’s event to another instance once the lease runs out', async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.deleted']);
    const event = userDeleted();
    await queue.transport.publish(event);

    const crashed = await queue.transport.claim(consumer, { limit: 1, leaseMs: 30_000 });
    expect(crashed).toHaveLength(1);
    await expect(queue.transport.claim(consumer, { limit: 1, leaseMs: 30_000 })).resolves.toEqual([]);

    queue.clock.advance(30_001);
    const taken = await queue.transport.claim(consumer, { limit: 1, leaseMs: 30_000 });
    expect(taken.map((delivery) => [delivery.event.id, delivery.attempts])).toEqual([[event.id, 2]]);
  });

  it('takes a released claim back at once, uncounted, but not one another instance has taken since', async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.deleted']);
    const [released, late] = [userDeleted(), userDeleted()];
    await queue.transport.publish([released, late]);
    const first = await queue.transport.claim(consumer, { limit: 2, leaseMs: 30_000 });

    await queue.transport.release(
      consumer,
      first.filter((claim) => claim.event.id === released.id),
    );
    const again = await queue.transport.claim(consumer, { limit: 2, leaseMs: 30_000 });
    expect(again.map((claim) => [claim.event.id, claim.attempts])).toEqual([[released.id, 1]]);

    // `late`'s lease runs out and another instance takes it: the first claim's release is stale.
    queue.clock.advance(30_001);
    const taken = await queue.transport.claim(consumer, { limit: 2, leaseMs: 30_000 });
    expect(taken.map((claim) => claim.event.id).sort()).toEqual([released.id, late.id].sort());
    await queue.transport.release(
      consumer,
      first.filter((claim) => claim.event.id === late.id),
    );
    await expect(queue.transport.claim(consumer, { limit: 2, leaseMs: 30_000 })).resolves.toEqual([]);
  });

  it('keeps a user’s events in order while an earlier one waits for its retry', async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.created', 'user.deleted']);
    const userId = randomUUID();
    const created = userCreated(userId);
    const deleted = userDeleted(userId);
    const someoneElse = userDeleted();
    await queue.transport.publish([created, deleted, someoneElse]);

    const [first] = await queue.transport.claim(consumer, { limit: 1, leaseMs: 60_000 });
    expect(first!.event.id).toBe(created.id);
    await queue.transport.retryLater(consumer, created.id, 10_000, 'seeding failed');

    // The deletion of the same user waits; another user's event does not.
    const meanwhile = await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    expect(meanwhile.map((delivery) => delivery.event.id)).toEqual([someoneElse.id]);

    queue.clock.advance(10_000);
    const retried = await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    expect(retried.map((delivery) => delivery.event.id)).toEqual([created.id]);
    await queue.transport.complete(consumer, created.id);
    const next = await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    expect(next.map((delivery) => delivery.event.id)).toEqual([deleted.id]);
  });

  it('lists dead letters and replays one or all of them', async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.deleted']);
    const [a, b] = [userDeleted(), userDeleted()];
    await queue.transport.publish([a, b]);
    await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    await queue.transport.deadLetter(consumer, a.id, 'boom a');
    await queue.transport.deadLetter(consumer, b.id, 'boom b');

    const dead = await queue.transport.deadLetters(consumer);
    expect(dead.map((letter) => [letter.event.id, letter.lastError])).toEqual([
      [a.id, 'boom a'],
      [b.id, 'boom b'],
    ]);
    expect((await queue.transport.backlog()).find((row) => row.consumer === consumer)).toEqual({
      consumer,
      pending: 0,
      dead: 2,
      oldestPendingSeconds: 0,
    });

    await expect(queue.transport.replay(consumer, b.id)).resolves.toEqual([b.id]);
    const again = await queue.transport.claim(consumer, { limit: 10, leaseMs: 60_000 });
    expect(again.map((delivery) => [delivery.event.id, delivery.attempts])).toEqual([[b.id, 1]]);
    await expect(queue.transport.replay(consumer)).resolves.toEqual([a.id]);
    await expect(queue.transport.deadLetters(consumer)).resolves.toEqual([]);
  });

  it("reports the queue's age: how long the oldest pending event has waited since it occurred", async () => {
    const consumer = consumerName();
    await queue.transport.subscribe(consumer, ['user.deleted']);
    const older = { ...userDeleted(), occurredAt: new Date(Date.now() - 120_000) };
    const newer = { ...userDeleted(), occurredAt: new Date(Date.now() - 5_000) };
    await queue.transport.publish([older, newer]);

    const waiting = (await queue.transport.backlog()).find((row) => row.consumer === consumer);
    expect(waiting?.pending).toBe(2);
    expect(waiting?.oldestPendingSeconds).toBeGreaterThanOrEqual(119);
    expect(waiting?.oldestPendingSeconds).toBeLessThan(600);

    await queue.transport.claim(consumer, { limit: 1, leaseMs: 60_000 });
    await queue.transport.complete(consumer, older.id);
    const after = (await queue.transport.backlog()).find((row) => row.consumer === consumer);
    expect(after?.oldestPendingSeconds).toBeGreaterThanOrEqual(4);
    expect(after?.oldestPendingSeconds).toBeLessThan(119);

    await queue.transport.claim(consumer, { limit: 1, leaseMs: 60_000 });
    await queue.transport.complete(consumer, newer.id);
    expect(
      (await queue.transport.backlog()).find((row) => row.consumer === consumer)?.oldestPendingSeconds,
    ).toBe(0);
  });
});
