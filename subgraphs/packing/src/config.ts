import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface PackingConfig extends SubgraphConfig {
  /** DATABASE_URL: connects as the packing service role (DML on schema "packing" only). */
  databaseUrl: string;
  /**
   * NODE_ENV === 'test': responses carry `x-sql-statements`, the number of SQL statements the
   * request caused (the N+1 test and `npm run bench:packing` read it). Never in other modes.
   */
  exposeStatementCount: boolean;
}

export function readPackingConfig(env: NodeJS.ProcessEnv = process.env): PackingConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4002);
  return {
    ...subgraph,
    databaseUrl: read.url('DATABASE_URL'),
    exposeStatementCount: read.optionalString('NODE_ENV') === 'test',
  };
}
