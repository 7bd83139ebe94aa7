import type { Registry } from 'prom-client';
import type { LifecycleEvent, LifecycleEventType } from '../events/lifecycle-event.js';
import { createConsumerMetrics, type ConsumerMetrics } from '../metrics/consumer-metrics.js';
import { EVENTS_CHANNEL } from '../notify/channels.js';
import type { NotificationListener } from '../notify/notification-listener.js';
import { createPollingLoop } from '../polling/polling-loop.js';
import type { ClaimedDelivery, EventTransport } from '../transport/event-transport.js';
import { inConsumerSpan } from '../events/trace-context.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';

/** Handlers per event type. Each must be idempotent: at-least-once means it may see an event twice. */
export type LifecycleHandlers = {
  [Type in LifecycleEventType]?: (event: LifecycleEvent<Type>) => Promise<void>;
};

/** The few logger methods the consumer uses (pino's Logger fits). */
export interface ConsumerLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface LifecycleConsumerOptions {
  /** The consumer group: one per service (`preferences`, `packing`); instances of a service share it. */
  service: string;
  transport: EventTransport;
  /** The event types handled; only these are subscribed to. */
  handlers: LifecycleHandlers;
  retry?: {
    /** Attempts in all, the first included, before the event goes to the dead letters. @default 5 */
    attempts?: number;
    /** @default { initialMs: 1000, factor: 2, maxMs: 300000 } */
    backoff?: BackoffOptions;
  };
  /** How long a claimed event is held before another instance may take it over. @default 60000 */
  leaseMs?: number;
  /** Events claimed per round. @default 10 */
  batchSize?: number;
  /**
   * The process's notification listener on the queue's database: an event published for this
   * consumer (or a dead letter replayed) wakes it at once. @default none (polling)
   */
  listener?: NotificationListener;
  /**
   * Pause between polls when nothing is due: with a listener only the safety poll (a missed
   * notification, a crashed instance's lease running out). @default 60000 with a listener, 500 without
   */
  pollIntervalMs?: number;
  /** Pause after a failed poll. @default min(pollIntervalMs, 5000) */
  retryMs?: number;
  /** Registers the consumer's counters and dead-letter gauge here (the service's /metrics). */
  metrics?: Registry;
  /** @default silent */
  logger?: ConsumerLogger;
  /**
   * Called once per event that goes to the dead letters, with the last attempt's error: the
   * service's error report (a failed attempt that will be retried is not reported).
   */
  onDeadLetter?: (error: unknown, event: LifecycleEvent) => void;
}

export interface LifecycleConsumer {
  /** Subscribes (retrying until the queue answers) and polls in the background. */
  start(): void;
  /** Stops polling and waits for the event in hand. Idempotent. */
  stop(): Promise<void>;
  /**
   * Subscribes, then handles everything due now and returns how many events it handled
   * (tests, and the replay command's "run it now").
   */
  drain(): Promise<number>;
}

const RETRY_WAKE_MARGIN_MS = 100;

const SILENT: ConsumerLogger = { info() {}, warn() {}, error() {} };

/**
 * At-least-once consumer of lifecycle events with retries, backoff and a dead-letter store. With a
 * listener it sleeps until an event arrives (decision 1440); several instances share the work
 * through the claim's `FOR UPDATE SKIP LOCKED`, which a notification to all of them does not change.
 */
export function createLifecycleConsumer(options: LifecycleConsumerOptions): LifecycleConsumer {
  const { service, transport, handlers } = options;
  const attempts = options.retry?.attempts ?? 5;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 10;
  const pollIntervalMs = options.pollIntervalMs ?? (options.listener ? 60_000 : 500);
  const logger = options.logger ?? SILENT;
  const types = Object.keys(handlers) as LifecycleEventType[];
  const metrics: ConsumerMetrics | undefined = options.metrics
    ? createConsumerMetrics({ registry: options.metrics, service, transport })
    : undefined;

  async function handle({ event, attempts: attempt }: ClaimedDelivery): Promise<void> {
    const handler = handlers[event.type] as ((event: LifecycleEvent) => Promise<void>) | undefined;
    try {
      if (!handler) throw new Error(`No handler for ${event.type}.`);
      await inConsumerSpan(service, event, attempt, () => handler(event));
      await transport.complete(service, event.id);
      metrics?.handled(event.type, 'done');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts) {
        await transport.deadLetter(service, event.id, reason);
        metrics?.handled(event.type, 'dead');
        logger.error({ eventId: event.id, type: event.type, attempt, err: error }, 'event dead-lettered');
        options.onDeadLetter?.(error, event);
      } else {
        const delayMs = backoffDelay(attempt, options.retry?.backoff);
        await transport.retryLater(service, event.id, delayMs, reason);
        // Nothing notifies when a retry falls due: this instance wakes itself then (a little late
        // rather than early, or the claim would find it not yet due).
        poller.wakeIn(delayMs + RETRY_WAKE_MARGIN_MS);
        metrics?.handled(event.type, 'retry');
        logger.warn(
          { eventId: event.id, type: event.type, attempt, delayMs, err: error },
          'event failed, retrying',
        );
      }
    }
  }

  /** One round: claim a batch and handle it in order. */
  async function round(): Promise<number> {
    const batch = await transport.claim(service, { limit: batchSize, leaseMs });
    for (const [index, delivery] of batch.entries()) {
      if (poller.isStopping()) {
        // Given back, so another instance takes them now rather than once the lease runs out (with
        // per-user order, each later event about the same users would wait that long too).
        await transport.release(service, batch.slice(index));
        break;
      }
      await handle(delivery);
    }
    return batch.length;
  }

  // Subscribing is the loop's preparation, retried: a service must not fail to boot because the
  // queue's database is briefly away; it starts consuming once it is back.
  const poller = createPollingLoop({
    prepare: async () => {
      await transport.subscribe(service, types);
      logger.info({ service, types }, 'lifecycle events consumer subscribed');
    },
    round,
    intervalMs: pollIntervalMs,
    retryMs: options.retryMs ?? Math.min(pollIntervalMs, 5000),
    onError: (error, phase) =>
      logger.error(
        { err: error },
        phase === 'prepare'
          ? 'lifecycle events: subscribing failed, retrying'
          : 'lifecycle events: polling failed',
      ),
  });

  let unlisten: (() => void) | undefined;

  return {
    start() {
      // A delivery for this consumer, or a (re)connection of the listener, wakes the loop.
      unlisten ??= options.listener?.listen(EVENTS_CHANNEL, (payload) => {
        if (payload === undefined || payload === service) poller.wake();
      });
      poller.start();
    },
    async stop() {
      unlisten?.();
      unlisten = undefined;
      await poller.stop();
    },
    async drain() {
      await transport.subscribe(service, types);
      let total = 0;
      for (let handled = await round(); handled > 0; handled = await round()) total += handled;
      return total;
    },
  };
}
