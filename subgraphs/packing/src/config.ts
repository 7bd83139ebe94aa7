import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface PackingConfig extends SubgraphConfig {
  /** DATABASE_URL: connects as the packing service role (DML on schema "packing" only). */
  databaseUrl: string;
  /**
   * NODE_ENV === 'test': responses carry `x-sql-statements`, the number of SQL statements the
   * request caused (the N+1 test and `npm run bench:packing` read it). Never in other modes.
   */
  exposeStatementCount: boolean;
  /**
   * IMPORT_JOB_LEASE_SECONDS: a running LighterPack import renews its lease every third of this;
   * a job whose lease has expired is resumed by recovery, which runs at start and every half lease
   * (docs/decisions/0807). @default 60
   */
  importJobLeaseSeconds: number;
  /**
   * Account lifecycle events (docs/decisions/0901, 0920): deletions and guest seeding. Required in
   * production (a deleted account's gear must go); elsewhere absent when EVENTS_DATABASE_URL is unset.
   */
  events?: {
    /** EVENTS_DATABASE_URL: the queue's PostgreSQL database (schema `events`, role pyb_events). */
    databaseUrl: string;
    /** EVENTS_MAX_ATTEMPTS: attempts before an event goes to the dead letters. @default 5 */
    maxAttempts: number;
    /** EVENTS_POLL_MS: pause between polls when nothing is due. @default 500 */
    pollIntervalMs: number;
    /** EVENTS_RETENTION_DAYS: days a handled event is kept before the hourly purge deletes it. @default 7 */
    retentionDays: number;
  };
}

export function readPackingConfig(env: NodeJS.ProcessEnv = process.env): PackingConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4002);
  return {
    ...subgraph,
    databaseUrl: read.url('DATABASE_URL'),
    exposeStatementCount: read.optionalString('NODE_ENV') === 'test',
    importJobLeaseSeconds: read.int('IMPORT_JOB_LEASE_SECONDS', 60, { min: 3, max: 3600 }),
    events:
      subgraph.production || read.optionalString('EVENTS_DATABASE_URL') !== undefined
        ? {
            databaseUrl: read.url('EVENTS_DATABASE_URL'),
            maxAttempts: read.int('EVENTS_MAX_ATTEMPTS', 5, { min: 1, max: 100 }),
            pollIntervalMs: read.int('EVENTS_POLL_MS', 500, { min: 10, max: 60_000 }),
            retentionDays: read.int('EVENTS_RETENTION_DAYS', 7, { min: 1, max: 3650 }),
          }
        : undefined,
  };
}
