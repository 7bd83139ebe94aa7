import { readConsumerSettings, type ConsumerSettings } from '@packyourbag/lifecycle-events';
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
  events?: ConsumerSettings;
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
        ? readConsumerSettings(read)
        : undefined,
  };
}
