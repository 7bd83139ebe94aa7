import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface PackingConfig extends SubgraphConfig {
  /** DATABASE_URL: connects as the packing service role (DML on schema "packing" only). */
  databaseUrl: string;
}

export function readPackingConfig(env: NodeJS.ProcessEnv = process.env): PackingConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4002);
  return { ...subgraph, databaseUrl: read.url('DATABASE_URL') };
}
