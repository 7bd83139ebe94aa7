import { reportUnexpectedError } from '@packyourbag/error-reports';
import { startConsumerService, type RunningConsumerService } from '@packyourbag/lifecycle-events';
import type { Logger } from '@packyourbag/service-kit';
import type { Registry } from 'prom-client';
import type { PackingConfig } from '../config.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import { AccountDataEraser } from './account-data-eraser.js';
import { GuestSeeder } from './guest-seeder.js';

export type PackingLifecycle = RunningConsumerService;

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
  return startConsumerService({
    service: 'packing',
    settings: events,
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
    metrics,
    logger,
    onDeadLetter: (error, event) =>
      reportUnexpectedError(error, { extra: { eventId: event.id, type: event.type } }),
  });
}
