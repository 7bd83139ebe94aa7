import type { EventTransport } from '../transport/event-transport.js';

/** The few logger methods retention uses (pino's Logger fits). */
interface RetentionLogger {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface EventRetentionOptions {
  /** The consumer whose finished deliveries go (each service purges its own). */
  consumer: string;
  transport: EventTransport;
  /** Days a handled event is kept after it finished (EVENTS_RETENTION_DAYS). @default 7 */
  keepDays?: number;
  /** Rows per statement, so no statement holds many locks. @default 1000 */
  batchSize?: number;
  /** How often it runs. @default 3600000 (hourly) */
  everyMs?: number;
  /** @default () => new Date() */
  now?: () => Date;
  logger?: RetentionLogger;
}

export interface EventRetention {
  /** Purges everything past retention now, batch by batch; resolves with what it deleted. */
  purge(): Promise<{ deliveries: number; messages: number }>;
  /** Runs `purge` every `everyMs` in the background (first run after one interval). */
  start(): void;
  stop(): void;
}

/**
 * Keeps the lifecycle-event queue from growing without bound: a consumer's deliveries finished
 * more than `keepDays` ago, and messages nobody's delivery points at any more, are deleted.
 * Dead letters are never purged (they wait for a replay; the PybDeadLetters alert fires).
 */
export function createEventRetention(options: EventRetentionOptions): EventRetention {
  const keepMs = (options.keepDays ?? 7) * 86_400_000;
  const limit = options.batchSize ?? 1000;
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  const purge = async () => {
    const before = new Date(now().getTime() - keepMs);
    const total = { deliveries: 0, messages: 0 };
    for (;;) {
      const batch = await options.transport.purgeFinished(options.consumer, before, limit);
      total.deliveries += batch.deliveries;
      total.messages += batch.messages;
      // Fewer than a full batch of both: done, or another instance holds the rest.
      if (batch.deliveries < limit && batch.messages < limit) break;
    }
    if (total.deliveries + total.messages > 0) {
      options.logger?.info({ consumer: options.consumer, ...total }, 'purged finished lifecycle events');
    }
    return total;
  };

  return {
    purge,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        if (running) return; // a long first purge must not overlap the next tick
        running = true;
        purge()
          .catch((error: unknown) =>
            options.logger?.error({ err: error, consumer: options.consumer }, 'lifecycle event purge failed'),
          )
          .finally(() => {
            running = false;
          });
      }, options.everyMs ?? 3_600_000);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
