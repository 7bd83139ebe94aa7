import { readConsumerSettings, type ConsumerSettings } from '@packyourbag/lifecycle-events';
import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface PreferencesConfig extends SubgraphConfig {
  /** MONGODB_URL: the preferences database (collections owned by this service only). */
  mongodbUrl: string;
  /**
   * Account lifecycle events (docs/decisions/0901-lifecycle-event-transport.md). Absent when
   * EVENTS_DATABASE_URL is unset: then deleted accounts keep their settings document.
   */
  events?: ConsumerSettings;
}

export function readPreferencesConfig(env: NodeJS.ProcessEnv = process.env): PreferencesConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4003);
  return {
    ...subgraph,
    mongodbUrl: read.url(
      'MONGODB_URL',
      subgraph.production ? undefined : 'mongodb://127.0.0.1:27017/packyourbag',
    ),
    events: env['EVENTS_DATABASE_URL'] ? readConsumerSettings(read) : undefined,
  };
}
