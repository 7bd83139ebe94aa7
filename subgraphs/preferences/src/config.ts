import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface PreferencesConfig extends SubgraphConfig {
  /** MONGODB_URL: the preferences database (collections owned by this service only). */
  mongodbUrl: string;
}

export function readPreferencesConfig(env: NodeJS.ProcessEnv = process.env): PreferencesConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4003);
  return {
    ...subgraph,
    mongodbUrl: read.url(
      'MONGODB_URL',
      subgraph.production ? undefined : 'mongodb://127.0.0.1:27017/packyourbag',
    ),
  };
}
