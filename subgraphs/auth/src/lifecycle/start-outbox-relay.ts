import {
  createOutboxRelay,
  createPostgresTransport,
  type NotificationListener,
} from '@packyourbag/lifecycle-events';
import type { Logger } from '@packyourbag/service-kit';
import pg from 'pg';
import type { Registry } from 'prom-client';
import type { AuthConfig } from '../config.js';

export interface RunningOutboxRelay {
  /** Stops relaying (waits for the round in hand), then closes the relay's connections. Idempotent. */
  stop(): Promise<void>;
}

export interface OutboxRelayOptions {
  /** Auth's own database (role pyb_auth: SELECT and UPDATE on `auth.outbox_events`). */
  databaseUrl: string;
  events: NonNullable<AuthConfig['events']>;
  /**
   * Auth's LISTEN connection on its own database: the outbox trigger's notification wakes the
   * relay on commit (decision 1440); EVENTS_POLL_MS is then only the safety poll.
   */
  listener: NotificationListener;
  /** Where the relay's counters and backlog gauges are registered (auth's /metrics). */
  metrics: Registry;
  logger: Logger;
}

/**
 * Publishes `auth.outbox_events` (written in the same transaction as each account change) onto the
 * lifecycle-event queue, oldest first (docs/decisions/0901, 0920). The relay gets a small pg pool
 * of its own on auth's database: Prisma's driver adapter does not lend out raw clients, and the
 * relay needs one for its transaction with the advisory lock.
 */
export function startOutboxRelay(options: OutboxRelayOptions): RunningOutboxRelay {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  pool.on('error', (error) => options.logger.warn({ err: error }, 'outbox relay connection error'));
  const transport = createPostgresTransport({
    url: options.events.databaseUrl,
    maxConnections: 2,
    onConnectionError: (error) => options.logger.warn({ err: error }, 'events queue connection error'),
  });
  const relay = createOutboxRelay({
    pool,
    table: 'auth.outbox_events',
    transport,
    listener: options.listener,
    pollIntervalMs: options.events.pollIntervalMs,
    metrics: options.metrics,
    logger: options.logger,
  });
  relay.start();
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        await relay.stop();
        await Promise.all([transport.close(), pool.end()]);
      })();
      return stopped;
    },
  };
}
