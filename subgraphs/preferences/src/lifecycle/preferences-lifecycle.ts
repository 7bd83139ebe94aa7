import {
  createEventRetention,
  createLifecycleConsumer,
  createPostgresTransport,
} from '@packyourbag/lifecycle-events';
import type { Logger } from '@packyourbag/service-kit';
import type { Registry } from 'prom-client';
import type { PreferencesConfig } from '../config.js';
import type { PreferencesService } from '../preferences/preferences.service.js';
import { userDeletedHandler } from './user-deleted.handler.js';

export interface PreferencesLifecycle {
  stop(): Promise<void>;
}

/** Consumes account lifecycle events as consumer group `preferences`; started with the service. */
export function startPreferencesLifecycle(
  events: NonNullable<PreferencesConfig['events']>,
  preferences: PreferencesService,
  metrics: Registry,
  logger: Logger,
): PreferencesLifecycle {
  const transport = createPostgresTransport({
    url: events.databaseUrl,
    onConnectionError: (error) => logger.warn({ err: error }, 'events queue connection error'),
  });
  const consumer = createLifecycleConsumer({
    service: 'preferences',
    transport,
    handlers: { 'user.deleted': userDeletedHandler(preferences) },
    retry: { attempts: events.maxAttempts },
    pollIntervalMs: events.pollIntervalMs,
    metrics,
    logger,
  });
  consumer.start();
  // Handled events older than EVENTS_RETENTION_DAYS go, hourly, on every instance (skip locked).
  const retention = createEventRetention({
    consumer: 'preferences',
    transport,
    keepDays: events.retentionDays,
    logger,
  });
  retention.start();
  return {
    async stop() {
      retention.stop();
      await consumer.stop();
      await transport.close();
    },
  };
}
