import type { LevelWithSilent } from 'pino';
import { envReader, type EnvReader } from './read-env.js';
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
  /** NODE_ENV === 'production': stricter defaults, no development secrets. */
  production: boolean;
  /** LOG_LEVEL. @default 'info' */
  logLevel: LogLevel;
  /** INTROSPECTION. @default true — only the router can reach a subgraph. */
  introspection: boolean;
  trust: TrustConfig;
}

export function readSubgraphConfig(
  env: NodeJS.ProcessEnv,
  defaultPort: number,
): { read: EnvReader; subgraph: SubgraphConfig } {
  const read = envReader(env);
  const production = read.optionalString('NODE_ENV') === 'production';
  return {
    read,
    subgraph: {
      host: read.string('HOST', '127.0.0.1'),
      port: read.int('PORT', defaultPort, { min: 0, max: 65535 }),
      production,
      logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
      introspection: read.bool('INTROSPECTION', true),
      trust: readTrustConfig(read, production),
    },
  };
}
