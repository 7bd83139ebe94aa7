import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import type { LifecycleEvent } from '../events/lifecycle-event.js';
import { userDeleted } from '../testing/events.js';
import { uniqueName, useScratchTransport } from '../testing/use-scratch-transport.js';
import { createLifecycleConsumer } from './lifecycle-consumer.js';

const queue = useScratchTransport();

const serviceName = () => uniqueName('service');

/** A store the handler deletes from, idempotently, the way a service's handler would. */
function fakeUserStore(userIds: string[]) {
  const users = new Set(userIds);
  const calls: string[] = [];
  return {
    users,
    calls,
    handler: async (event: LifecycleEvent<'user.deleted'>) => {
      calls.push(event.id);
      users.delete(event.payload.userId);
    },
  };
}

async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const metric = (await registry.getMetricsAsJSON()).find((candidate) => candidate.name === name);
  const value = (metric?.values ?? []).find((sample) =>
    Object.entries(labels).every(([key, expected]) => sample.labels[key] === expected),
  );
  return value?.value ?? 0;
}

describe('createLifecycleConsumer', () => {
  it('handles a published event once; a duplicate publication changes nothing', async () => {
    const service = serviceName();
    const userId = randomUUID();
    const store = fakeUserStore([userId, 'someone-else']);
    const consumer = createLifecycleConsumer({
      service,
      transport: queue.transport,
      handlers: { 'user.deleted': store.handler },
    });
    await consumer.drain(); // subscribes
    const event = userDeleted(userId);

    await queue.transport.publish(event);
    await queue.transport.publish(event);
    await expect(consumer.drain()).resolves.toBe(1);
    await expect(consumer.drain()).resolves.toBe(0);

    expect(store.calls).toEqual([event.id]);
    expect([...store.users]).toEqual(['someone-else']);
  });

  it('retries a failing handler after the backoff delay, then succeeds', async () => {
    const service = serviceName();
    const registry = new Registry();
    let failuresLeft = 2;
    const handled: string[] = [];
    const consumer = createLifecycleConsumer({
      service,
      transport: queue.transport,
      metrics: registry,
      retry: { attempts: 5, backoff: { initialMs: 1000, factor: 2 } },
      handlers: {
        'user.deleted': async (event) => {
          if (failuresLeft-- > 0) throw new Error('store unavailable');
          handled.push(event.id);
        },
      },
    });
    await consumer.drain();
    const event = userDeleted();
    await queue.transport.publish(event);

    await consumer.drain(); // attempt 1 fails: due again in 1 s
    expect(handled).toEqual([]);
    queue.clock.advance(999);
    await expect(consumer.drain()).resolves.toBe(0);
    queue.clock.advance(1);
    await consumer.drain(); // attempt 2 fails: due again in 2 s
    queue.clock.advance(1999);
    await expect(consumer.drain()).resolves.toBe(0);
    queue.clock.advance(1);
    await consumer.drain(); // attempt 3 succeeds

    expect(handled).toEqual([event.id]);
    const labels = { consumer: service, type: 'user.deleted' };
    expect(
      await metricValue(registry, 'pyb_lifecycle_events_handled_total', { ...labels, outcome: 'retry' }),
    ).toBe(2);
    expect(
      await metricValue(registry, 'pyb_lifecycle_events_handled_total', { ...labels, outcome: 'done' }),
    ).toBe(1);
  });

  it('dead-letters an event after N failed attempts, shows it in metrics, and a replay handles it', async () => {
    const service = serviceName();
    const registry = new Registry();
    let broken = true;
    const handled: string[] = [];
    const reported: Array<[string, string]> = [];
    const consumer = createLifecycleConsumer({
      service,
      transport: queue.transport,
      metrics: registry,
      onDeadLetter: (error, failed) => reported.push([failed.id, (error as Error).message]),
      retry: { attempts: 3, backoff: { initialMs: 100, factor: 1 } },
      handlers: {
        'user.deleted': async (event) => {
          if (broken) throw new Error('poison');
          handled.push(event.id);
        },
      },
    });
    await consumer.drain();
    const event = userDeleted();
    await queue.transport.publish(event);

    for (let attempt = 0; attempt < 5; attempt++) {
      await consumer.drain();
      queue.clock.advance(100);
    }

    const dead = await queue.transport.deadLetters(service);
    expect(dead.map((letter) => [letter.event.id, letter.attempts, letter.lastError])).toEqual([
      [event.id, 3, 'poison'],
    ]);
    expect(await metricValue(registry, 'pyb_lifecycle_events_dead_letters', { consumer: service })).toBe(1);
    expect(handled).toEqual([]);
    // Reported once, when it gives up; the two retried attempts are not.
    expect(reported).toEqual([[event.id, 'poison']]);

    broken = false;
    await expect(queue.transport.replay(service)).resolves.toEqual([event.id]);
    await expect(consumer.drain()).resolves.toBe(1);

    expect(handled).toEqual([event.id]);
    expect(await metricValue(registry, 'pyb_lifecycle_events_dead_letters', { consumer: service })).toBe(0);
  });

  it('a consumer stopped while events are published catches up when started again', async () => {
    const service = serviceName();
    const userIds = [randomUUID(), randomUUID(), randomUUID()];
    const store = fakeUserStore(userIds);
    const options = {
      service,
      transport: queue.transport,
      pollIntervalMs: 20,
      handlers: { 'user.deleted': store.handler },
    };
    const first = createLifecycleConsumer(options);
    await first.drain(); // subscribed, as from the service's first start on
    first.start();
    await queue.transport.publish(userDeleted(userIds[0]));
    await vi.waitFor(() => expect(store.users.has(userIds[0]!)).toBe(false), { timeout: 5000 });
    await first.stop();

    await queue.transport.publish([userDeleted(userIds[1]), userDeleted(userIds[2])]);
    expect(store.users.size).toBe(2); // nobody is consuming

    const restarted = createLifecycleConsumer(options);
    restarted.start();
    try {
      await vi.waitFor(() => expect(store.users.size).toBe(0), { timeout: 5000 });
    } finally {
      await restarted.stop();
    }
    expect(store.calls).toHaveLength(3);
  });

  it('an instance stopped with a batch in hand gives the rest back: another instance handles it at once, no attempt counted', async () => {
    const service = serviceName();
    const userIds = [randomUUID(), randomUUID(), randomUUID()];
    const handledBy: Array<[string, string]> = [];
    let release: () => void = () => undefined;
    const inHand = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const handling = new Promise<void>((resolve) => (started = resolve));
    const stopping = createLifecycleConsumer({
      service,
      transport: queue.transport,
      pollIntervalMs: 20,
      handlers: {
        'user.deleted': async (event) => {
          started();
          await inHand; // the first event is in hand when the instance is told to stop
          handledBy.push(['stopping', event.payload.userId]);
        },
      },
    });
    await stopping.drain(); // subscribed
    await queue.transport.publish(userIds.map((userId) => userDeleted(userId)));
    stopping.start();
    await handling;
    const stopped = stopping.stop();
    release();
    await stopped;
    expect(handledBy).toEqual([['stopping', userIds[0]]]);

    // The clock has not moved: the claim's lease (60 s) is still running, yet the other two are due.
    const other = createLifecycleConsumer({
      service,
      transport: queue.transport,
      handlers: {
        'user.deleted': async (event) => {
          handledBy.push(['other', event.payload.userId]);
        },
      },
    });
    await expect(other.drain()).resolves.toBe(2);
    expect(handledBy.slice(1)).toEqual([
      ['other', userIds[1]],
      ['other', userIds[2]],
    ]);
    const { rows } = await queue.database.pool.query<{ attempts: number }>(
      'SELECT attempts FROM events.deliveries WHERE consumer = $1 ORDER BY seq',
      [service],
    );
    expect(rows.map(({ attempts }) => attempts)).toEqual([1, 1, 1]);
  });

  it('a handler that sees the same event twice (redelivery after a crash) leaves the same state', async () => {
    const service = serviceName();
    const userId = randomUUID();
    const store = fakeUserStore([userId, 'kept']);
    const consumer = createLifecycleConsumer({
      service,
      transport: queue.transport,
      leaseMs: 1000,
      handlers: { 'user.deleted': store.handler },
    });
    await consumer.drain();
    const event = userDeleted(userId);
    await queue.transport.publish(event);
    // An instance claims the event, runs the handler and dies before completing it.
    const [crashed] = await queue.transport.claim(service, { limit: 1, leaseMs: 1000 });
    await store.handler(crashed!.event as LifecycleEvent<'user.deleted'>);

    queue.clock.advance(1000);
    await expect(consumer.drain()).resolves.toBe(1);

    expect(store.calls).toEqual([event.id, event.id]);
    expect([...store.users]).toEqual(['kept']);
    await expect(consumer.drain()).resolves.toBe(0);
  });
});
