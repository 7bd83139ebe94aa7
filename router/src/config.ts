import { resolve } from 'node:path';
import { envReader, readTrustConfig, type EnvReader, type TrustConfig } from '@packyourbag/service-kit';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Subgraph names whose URL an environment variable may override (see `subgraphUrls`). */
const SUBGRAPH_URL_VARIABLES = {
  auth: 'AUTH_URL',
  packing: 'PACKING_URL',
  preferences: 'PREFERENCES_URL',
} as const;

/** Everything the router reads from its environment, parsed and validated once at start-up. */
export interface RouterConfig {
  /** PORT; 0 picks a free port. */
  port: number;
  /** HOST. */
  host: string;
  /** NODE_ENV === 'production'. */
  production: boolean;
  /** LOG_LEVEL. */
  logLevel: LogLevel;
  /** SUPERGRAPH_PATH, absolute. */
  supergraphPath: string;
  /** Subgraph URLs that replace the supergraph's, by subgraph name (AUTH_URL, PACKING_URL, PREFERENCES_URL). */
  subgraphUrls: Readonly<Record<string, string>>;
  /** ROUTER_SECRET, JWKS_URL, JWT_ISSUER, JWT_AUDIENCE. */
  trust: TrustConfig;
  /** WATCH_SUPERGRAPH: reload the supergraph file when it changes. */
  watchSupergraph: boolean;
  /** INTROSPECTION: answer introspection queries. */
  introspection: boolean;
  /** SUBGRAPH_TIMEOUT_MS: how long one subgraph call may take. */
  subgraphTimeoutMs: number;
}

/** `<repo>/schema/supergraph.graphql`, found from this file (src/ or dist/ alike). */
const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql');

function optionalUrl(env: EnvReader, name: string): string | undefined {
  return env.optionalString(name) === undefined ? undefined : env.url(name);
}

/** Reads the router's configuration; throws a ConfigError naming the variable on bad input. */
export function readRouterConfig(env: EnvReader = envReader()): RouterConfig {
  const production = env.string('NODE_ENV', 'development') === 'production';
  const subgraphUrls: Record<string, string> = {};
  for (const [name, variable] of Object.entries(SUBGRAPH_URL_VARIABLES)) {
    const url = optionalUrl(env, variable);
    if (url !== undefined) subgraphUrls[name] = url;
  }
  return {
    port: env.int('PORT', 4000, { min: 0, max: 65535 }),
    host: env.string('HOST', '127.0.0.1'),
    production,
    logLevel: env.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    supergraphPath: resolve(env.string('SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH)),
    subgraphUrls,
    trust: readTrustConfig(env, production),
    watchSupergraph: env.bool('WATCH_SUPERGRAPH', !production),
    introspection: env.bool('INTROSPECTION', !production),
    subgraphTimeoutMs: env.int('SUBGRAPH_TIMEOUT_MS', 10_000, { min: 1, max: 300_000 }),
  };
}
