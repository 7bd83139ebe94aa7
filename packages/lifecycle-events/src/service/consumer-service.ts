import type { Registry } from 'prom-client';
import {
  createLifecycleConsumer,
  type ConsumerLogger,
  type LifecycleConsumerOptions,
  type LifecycleHandlers,
} from '../consumer/lifecycle-consumer.js';
import { createNotificationListener } from '../notify/notification-listener.js';
import { createEventRetention } from '../retention/event-retention.js';
import { createPostgresTransport } from '../transport/postgres-transport.js';

/** A consuming service's queue settings, from its environment (readConsumerSettings). */
export interface ConsumerSettings {
  /** EVENTS_DATABASE_URL: the queue's PostgreSQL database (schema `events`, role pyb_events). */
  databaseUrl: string;
  /** EVENTS_MAX_ATTEMPTS: attempts before an event goes to the dead letters. @default 5 */
  maxAttempts: number;
  /**
   * EVENTS_POLL_MS: the safety poll when nothing is due; a published event wakes the consumer
   * through LISTEN/NOTIFY at once (decision 1440). @default 60000
   */
  pollIntervalMs: number;
  /** EVENTS_RETENTION_DAYS: days a handled event is kept before the hourly purge. @default 7 */
  retentionDays: number;
}

/** The part of service-kit's env reader the settings need (structural: this package needs no kit). */
export interface SettingsReader {
  url(name: string): string;
  int(name: string, fallback: number, range: { min: number; max: number }): number;
}

export function readConsumerSettings(read: SettingsReader): ConsumerSettings {
  return {
    databaseUrl: read.url('EVENTS_DATABASE_URL'),
    maxAttempts: read.int('EVENTS_MAX_ATTEMPTS', 5, { min: 1, max: 100 }),
    pollIntervalMs: read.int('EVENTS_POLL_MS', 60_000, { min: 10, max: 3_600_000 }),
    retentionDays: read.int('EVENTS_RETENTION_DAYS', 7, { min: 1, max: 3650 }),
  };
}

export interface ConsumerServiceOptions {
  /** The consumer group (`packing`, `preferences`); every instance of the service shares it. */
  service: string;
  settings: ConsumerSettings;
  handlers: LifecycleHandlers;
  /** The service's /metrics registry. */
  metrics?: Registry;
  logger: ConsumerLogger;
  /** Called once per event that goes to the dead letters (the service's error report). */
  onDeadLetter?: LifecycleConsumerOptions['onDeadLetter'];
}

export interface RunningConsumerService {
  /** Stops consuming (waits for the event in hand) and closes the queue connections. Idempotent. */
  stop(): Promise<void>;
}

/**
 * What a consuming service runs beside its API: its own connections to the queue (a small pool and
 * one LISTEN connection that wakes the consumer), the consumer (retries, dead letters, metrics)
 * and the hourly retention purge of what it handled.
 */
export function startConsumerService(options: ConsumerServiceOptions): RunningConsumerService {
  const { service, settings, logger } = options;
  const transport = createPostgresTransport({
    url: settings.databaseUrl,
    onConnectionError: (error) => logger.warn({ err: error }, 'events queue connection error'),
  });
  // The process's one LISTEN connection to the queue's database: it wakes the consumer.
  const listener = createNotificationListener({ connectionString: settings.databaseUrl, logger });
  const consumer = createLifecycleConsumer({
    service,
    transport,
    listener,
    handlers: options.handlers,
    retry: { attempts: settings.maxAttempts },
    pollIntervalMs: settings.pollIntervalMs,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.onDeadLetter ? { onDeadLetter: options.onDeadLetter } : {}),
    logger,
  });
  consumer.start();
  // Handled events older than EVENTS_RETENTION_DAYS go, hourly, on every instance (skip locked).
  const retention = createEventRetention({
    consumer: service,
    transport,
    keepDays: settings.retentionDays,
    logger,
  });
  retention.start();
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        retention.stop();
        await consumer.stop();
        await Promise.all([listener.close(), transport.close()]);
      })();
      return stopped;
    },
  };
}
