import {
  createEventRetention,
  createLifecycleConsumer,
  createPostgresTransport,
} from '@packyourbag/lifecycle-events';
import type { Logger } from '@packyourbag/service-kit';
import type { Registry } from 'prom-client';
import type { PackingConfig } from '../config.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import { AccountDataEraser } from './account-data-eraser.js';
import { GuestSeeder } from './guest-seeder.js';

export interface PackingLifecycle {
  /** Stops consuming (waits for the event in hand) and closes the queue connections. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Consumes account lifecycle events as consumer group `packing`, started with the service:
 * `user.deleted` erases the user's rows, `user.created` for a guest seeds sample gear once.
 */
export function startPackingLifecycle(
  events: NonNullable<PackingConfig['events']>,
  database: PackingDatabase,
  metrics: Registry,
  logger: Logger,
): PackingLifecycle {
  const eraser = new AccountDataEraser(database);
  const seeder = new GuestSeeder(database);
  const transport = createPostgresTransport({
    url: events.databaseUrl,
    onConnectionError: (error) => logger.warn({ err: error }, 'events queue connection error'),
  });
  const consumer = createLifecycleConsumer({
    service: 'packing',
    transport,
    handlers: {
      'user.created': async ({ id, payload, occurredAt }) => {
        if (!payload.guest) return;
        const seeded = await seeder.seedOnce(payload.userId, new Date(occurredAt));
        logger.info({ eventId: id, userId: payload.userId, seeded }, 'guest sample gear');
      },
      'user.deleted': async ({ id, payload }) => {
        const erased = await eraser.eraseEverythingOf(payload.userId);
        logger.info({ eventId: id, userId: payload.userId, erased }, 'account data erased');
      },
    },
    retry: { attempts: events.maxAttempts },
    pollIntervalMs: events.pollIntervalMs,
    metrics,
    logger,
  });
  consumer.start();
  // Handled events older than EVENTS_RETENTION_DAYS go, hourly, on every instance (skip locked).
  const retention = createEventRetention({
    consumer: 'packing',
    transport,
    keepDays: events.retentionDays,
    logger,
  });
  retention.start();
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        retention.stop();
        await consumer.stop();
        await transport.close();
      })();
      return stopped;
    },
  };
}
