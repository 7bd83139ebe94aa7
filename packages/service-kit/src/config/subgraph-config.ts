import type { LevelWithSilent } from 'pino';
import { envReader, type EnvReader } from './read-env.js';
import { profileOf, type Profile } from '../profile/profile.js';
import { readTrustConfig, type TrustConfig } from './trust-config.js';

export const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const satisfies readonly LevelWithSilent[];
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What every subgraph reads the same way; each adds its own store settings. */
export interface SubgraphConfig {
  /** HOST. @default '127.0.0.1' */
  host: string;
  /** PORT. */
  port: number;
  /** NODE_ENV as a profile: `development`, `test`, else (unset too) `production` (0715). */
  profile: Profile;
  /** NODE_ENV === 'production': no development secrets. */
  production: boolean;
  /** LOG_LEVEL. @default 'info' */
  logLevel: LogLevel;
  /** INTROSPECTION. @default true in development and test, false otherwise (0715). */
  introspection: boolean;
  /** FIELD_SUGGESTIONS: "Did you mean …" in validation errors. @default as INTROSPECTION */
  fieldSuggestions: boolean;
  trust: TrustConfig;
}

export function readSubgraphConfig(
  env: NodeJS.ProcessEnv,
  defaultPort: number,
): { read: EnvReader; subgraph: SubgraphConfig } {
  const read = envReader(env);
  const production = read.optionalString('NODE_ENV') === 'production';
  // Only the router can reach a subgraph, but the same rule as the router's: shown only in development.
  const profile = profileOf(read.optionalString('NODE_ENV'));
  const showSchema = profile !== 'production';
  return {
    read,
    subgraph: {
      host: read.string('HOST', '127.0.0.1'),
      port: read.int('PORT', defaultPort, { min: 0, max: 65535 }),
      profile,
      production,
      logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
      introspection: read.bool('INTROSPECTION', showSchema),
      fieldSuggestions: read.bool('FIELD_SUGGESTIONS', showSchema),
      trust: readTrustConfig(read, production),
    },
  };
}
