import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface PreferencesConfig extends SubgraphConfig {
  /** MONGODB_URL: the preferences database (collections owned by this service only). */
  mongodbUrl: string;
  /**
   * Account lifecycle events (docs/decisions/0901-lifecycle-event-transport.md). Absent when
   * EVENTS_DATABASE_URL is unset: then deleted accounts keep their settings document.
   */
  events?: {
    /** EVENTS_DATABASE_URL: the queue's PostgreSQL database (schema `events`, role pyb_events). */
    databaseUrl: string;
    /** EVENTS_MAX_ATTEMPTS: attempts before an event goes to the dead letters. Default 5. */
    maxAttempts: number;
    /** EVENTS_POLL_MS: pause between polls when nothing is due. Default 500. */
    pollIntervalMs: number;
    /** EVENTS_RETENTION_DAYS: days a handled event is kept before the hourly purge deletes it. @default 7 */
    retentionDays: number;
  };
}

export function readPreferencesConfig(env: NodeJS.ProcessEnv = process.env): PreferencesConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4003);
  return {
    ...subgraph,
    mongodbUrl: read.url(
      'MONGODB_URL',
      subgraph.production ? undefined : 'mongodb://127.0.0.1:27017/packyourbag',
    ),
    events: env['EVENTS_DATABASE_URL']
      ? {
          databaseUrl: read.url('EVENTS_DATABASE_URL'),
          maxAttempts: read.int('EVENTS_MAX_ATTEMPTS', 5, { min: 1, max: 100 }),
          pollIntervalMs: read.int('EVENTS_POLL_MS', 500, { min: 10, max: 60_000 }),
          retentionDays: read.int('EVENTS_RETENTION_DAYS', 7, { min: 1, max: 3650 }),
        }
      : undefined,
  };
}
