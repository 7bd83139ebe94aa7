import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LifecycleEvent } from '../events/lifecycle-event.js';
import { createNotificationListener } from '../notify/notification-listener.js';
import { userDeleted } from '../testing/events.js';
import { listenerOutage } from '../testing/listener-outage.js';
import { scratchEventsDatabase, type ScratchEventsDatabase } from '../testing/scratch-events-database.js';
import { uniqueName } from '../testing/use-scratch-transport.js';
import type { EventTransport } from '../transport/event-transport.js';
import { createPostgresTransport } from '../transport/postgres-transport.js';
import { createLifecycleConsumer, type LifecycleConsumerOptions } from './lifecycle-consumer.js';

/** So long that only a notification (or a retry's own wake-up) can explain an event handled in a test. */
const SAFETY_POLL_MS = 3_600_000;

// Real time throughout: the retry wake-up is a real timer, so due times use the real clock too.
let database: ScratchEventsDatabase;
let transport: EventTransport;
beforeAll(async () => {
  database = await scratchEventsDatabase();
  transport = createPostgresTransport({ pool: database.pool });
});
afterAll(() => database?.release());

type Handler = (event: LifecycleEvent<'user.deleted'>) => Promise<void>;

/** A started consumer on its own listener, subscribed before it returns; and its clean-up. */
async function startedConsumer(
  service: string,
  handler: Handler,
  extra: Partial<LifecycleConsumerOptions> = {},
  listenerUrl = database.url,
) {
  const listener = createNotificationListener({
    connectionString: listenerUrl,
    reconnect: { initialMs: 50, factor: 2, maxMs: 200 },
  });
  const consumer = createLifecycleConsumer({
    service,
    transport,
    handlers: { 'user.deleted': handler },
    listener,
    pollIntervalMs: SAFETY_POLL_MS,
    ...extra,
  });
  await transport.subscribe(service, ['user.deleted']);
  consumer.start();
  await vi.waitFor(() => expect(listener.isListening()).toBe(true), { timeout: 15_000 });
  return { listener, stop: () => consumer.stop().then(() => listener.close()) };
}

describe('lifecycle consumer woken by notifications', { timeout: 90_000 }, () => {
  it('handles an event as soon as it is published, long before the safety poll', async () => {
    const handled: string[] = [];
    const consumer = await startedConsumer(uniqueName('wake'), async (event) => {
      handled.push(event.id);
    });
    try {
      const event = userDeleted();
      await transport.publish(event);
      await vi.waitFor(() => expect(handled).toEqual([event.id]), { timeout: 30_000 });
    } finally {
      await consumer.stop();
    }
  });

  it('retries a failed event when its backoff falls due, without a notification or the safety poll', async () => {
    let failuresLeft = 2;
    const handled: string[] = [];
    const consumer = await startedConsumer(
      uniqueName('retry'),
      async (event) => {
        if (failuresLeft-- > 0) throw new Error('store unavailable');
        handled.push(event.id);
      },
      { retry: { attempts: 5, backoff: { initialMs: 200, factor: 2 } } },
    );
    try {
      const event = userDeleted();
      await transport.publish(event);
      await vi.waitFor(() => expect(handled).toEqual([event.id]), { timeout: 30_000 });
    } finally {
      await consumer.stop();
    }
  });

  it('a replayed dead letter wakes the consumer', async () => {
    const service = uniqueName('replay');
    let broken = true;
    const handled: string[] = [];
    const consumer = await startedConsumer(
      service,
      async (event) => {
        if (broken) throw new Error('bug');
        handled.push(event.id);
      },
      { retry: { attempts: 1 } },
    );
    try {
      const event = userDeleted();
      await transport.publish(event);
      await vi.waitFor(async () => expect(await transport.deadLetters(service)).toHaveLength(1), {
        timeout: 30_000,
      });
      broken = false;
      await transport.replay(service);
      await vi.waitFor(() => expect(handled).toEqual([event.id]), { timeout: 30_000 });
    } finally {
      await consumer.stop();
    }
  });

  it('after losing its listening connection it reconnects and handles what was published meanwhile', async () => {
    const outage = await listenerOutage(database.pool, database.url);
    const handled: string[] = [];
    let consumer: Awaited<ReturnType<typeof startedConsumer>> | undefined;
    try {
      consumer = await startedConsumer(
        uniqueName('outage'),
        async (event) => {
          handled.push(event.id);
        },
        {},
        outage.url,
      );
      expect(await outage.cutOff()).toBe(1);
      await vi.waitFor(() => expect(consumer!.listener.isListening()).toBe(false), { timeout: 15_000 });

      const event = userDeleted();
      await transport.publish(event); // its notification reaches nobody
      expect(handled).toEqual([]);

      await outage.restore();
      await vi.waitFor(() => expect(handled).toEqual([event.id]), { timeout: 30_000 });
    } finally {
      await consumer?.stop();
      await outage.drop();
    }
  });

  it('three instances of one consumer woken together handle each event exactly once', async () => {
    const service = uniqueName('instances');
    const handled: string[] = [];
    const handler: Handler = async (event) => {
      handled.push(event.id);
    };
    const instances = await Promise.all([1, 2, 3].map(() => startedConsumer(service, handler)));
    try {
      const events = Array.from({ length: 30 }, () => userDeleted(randomUUID()));
      await transport.publish(events.slice(0, 10));
      await transport.publish(events.slice(10));
      await vi.waitFor(() => expect(handled).toHaveLength(30), { timeout: 30_000 });
      expect(new Set(handled).size).toBe(30);
    } finally {
      await Promise.all(instances.map((instance) => instance.stop()));
    }
  });

  it('deliveries an instance gives back as it stops wake another instance, which takes them at once', async () => {
    const service = uniqueName('handover');
    const handled: string[] = [];
    let entered: (() => void) | undefined;
    const firstEntered = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let finishFirst: (() => void) | undefined;
    const firstMayFinish = new Promise<void>((resolve) => {
      finishFirst = resolve;
    });
    // Instance a: its first event waits until the test lets it finish, the rest stay in its batch.
    const a = await startedConsumer(service, async (event) => {
      if (handled.length === 0 && entered) {
        entered();
        entered = undefined;
        await firstMayFinish;
      }
      handled.push(event.id);
    });
    const events = [userDeleted(), userDeleted(), userDeleted()];
    await transport.publish(events);
    await firstEntered; // a holds all three

    // Instance b, idle before a stops: its start-up rounds are over, so only a notification can
    // make it claim again (its safety poll is an hour).
    let claimsInFlight = 0;
    const counted: EventTransport = {
      ...transport,
      async claim(...args) {
        claimsInFlight += 1;
        try {
          return await transport.claim(...args);
        } finally {
          claimsInFlight -= 1;
        }
      },
    };
    const b = await startedConsumer(
      service,
      async (event) => {
        handled.push(event.id);
      },
      { transport: counted },
    );
    await vi.waitFor(() => expect(claimsInFlight).toBe(0), { timeout: 15_000 });
    try {
      const stopping = a.stop(); // a finishes the event in hand and gives the other two back
      finishFirst?.();
      await stopping;
      await vi.waitFor(() => expect([...handled].sort()).toEqual(events.map((event) => event.id).sort()), {
        timeout: 30_000,
      });
    } finally {
      await b.stop();
    }
  });
});
