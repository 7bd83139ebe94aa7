import { resolve } from 'node:path';
import {
  readWarmUpSettings,
  type WarmUpSettings,
  ConfigError,
  envReader,
  profileOf,
  type Profile,
  readTrustConfig,
  type EnvReader,
  type TrustConfig,
} from '@packyourbag/service-kit';
import { createTrustedProxies, TrustedProxyEntryError } from '@packyourbag/service-kit/client-address';

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
  /** NODE_ENV read as a profile: `development`, `test`, or anything else (unset too) `production` (0715). */
  profile: Profile;
  /** profile === 'production': no development secrets, nothing of the schema shown that is not asked for. */
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
  /** SUBGRAPH_DEDUPLICATION: identical subgraph queries in flight share one call. */
  subgraphDeduplication: boolean;
  /** FIELD_SUGGESTIONS: "Did you mean …" in validation errors. */
  fieldSuggestions: boolean;
  /** BODY_LIMIT_BYTES: largest request body; bigger gets 413. */
  bodyLimitBytes: number;
  /** CORS_ORIGINS: origins a browser may call from; `['*']` is any, `[]` sends no CORS headers. */
  corsOrigins: readonly string[];
  /** TRUSTED_PROXIES: network proxies (addresses, CIDR ranges) whose X-Forwarded-For hops are read right to left. */
  trustedProxies: readonly string[];
  /** CLIENT_ADDRESS_SECRET: the key the web server signs the client address it forwards with (0713). */
  clientAddressSecret: string | undefined;
  /** Document limits checked before planning. */
  limits: DocumentLimitsConfig;
  /** Demand control: static cost and its maximum. */
  cost: CostConfig;
  /** Cost-based token buckets. */
  rateLimit: RateLimitConfig;
  /** Trusted (persisted) documents. */
  trustedDocuments: TrustedDocumentsConfig;
  /** WARM_UP, WARM_UP_MS, WARM_UP_ROUNDS: the warm-up readiness waits for (decision 1495). */
  warmUp: WarmUpSettings;
}

export interface DocumentLimitsConfig {
  /** MAX_DEPTH: deepest field nesting. */
  maxDepth: number;
  /** MAX_ALIASES: aliased fields per operation. */
  maxAliases: number;
  /** MAX_ROOT_FIELDS: fields directly on the root type. */
  maxRootFields: number;
  /** MAX_TOKENS: lexical tokens in the document (checked while parsing). */
  maxTokens: number;
  /** MAX_DIRECTIVES: directive uses in the document. */
  maxDirectives: number;
}

export interface CostConfig {
  /** COST_MAX: largest estimated cost served. */
  max: number;
  /** COST_DEFAULT_LIST_SIZE: assumed length of a list without @listSize. */
  defaultListSize: number;
}

export const RATE_LIMIT_FAIL_MODES = ['open', 'closed'] as const;
export type RateLimitFailMode = (typeof RATE_LIMIT_FAIL_MODES)[number];

export interface RateLimitConfig {
  /** RATE_LIMIT_ENABLED. */
  enabled: boolean;
  /** RATE_LIMIT_CAPACITY: points a full bucket holds. */
  capacity: number;
  /** RATE_LIMIT_RESTORE_PER_SECOND: points restored per second. */
  restorePerSecond: number;
  /** RATE_LIMIT_FAIL_MODE: serve (open) or refuse (closed) when the Redis store fails. */
  failMode: RateLimitFailMode;
  /** REDIS_URL: shared bucket store; absent keeps buckets in this process. */
  redisUrl?: string;
  /** RATE_LIMIT_KEY_PREFIX: prefix of every Redis key. */
  keyPrefix: string;
}

export const TRUSTED_DOCUMENT_MODES = ['allow', 'enforce-for-web', 'off'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENT_MODES)[number];

export interface TrustedDocumentsConfig {
  /** TRUSTED_DOCUMENTS: `allow` (hashes and any document), `enforce-for-web`, `off` (no hashes). */
  mode: TrustedDocumentsMode;
  /** PERSISTED_DOCUMENTS_PATH: the manifest `{ "<sha256>": "<document>" }`. */
  manifestPath: string;
  /** Whether PERSISTED_DOCUMENTS_PATH was set (a missing explicit file stops the router). */
  manifestPathExplicit: boolean;
}

/** `<repo>/schema/supergraph.graphql`, found from this file (src/ or dist/ alike). */
const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql');

/** The web app's codegen manifest, `<repo>/web/src/gql/persisted-documents.json`. */
const DEFAULT_MANIFEST_PATH = resolve(__dirname, '..', '..', 'web', 'src', 'gql', 'persisted-documents.json');

function list(env: EnvReader, name: string, fallback: readonly string[]): readonly string[] {
  const text = env.optionalString(name);
  if (text === undefined) return fallback;
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Addresses and CIDR ranges, each checked now so a typo stops start-up naming the variable. */
function proxiesOf(env: EnvReader, name: string): readonly string[] {
  const entries = list(env, name, []);
  try {
    createTrustedProxies(entries);
  } catch (error) {
    if (error instanceof TrustedProxyEntryError) throw new ConfigError(name, error.message);
    throw error;
  }
  return entries;
}

function secretOf(env: EnvReader, name: string): string | undefined {
  const secret = env.optionalString(name);
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError(name, 'must be at least 32 characters');
  }
  return secret;
}

function optionalUrl(env: EnvReader, name: string): string | undefined {
  return env.optionalString(name) === undefined ? undefined : env.url(name);
}

/** Reads the router's configuration; throws a ConfigError naming the variable on bad input. */
export function readRouterConfig(env: EnvReader = envReader()): RouterConfig {
  const profile = profileOf(env.optionalString('NODE_ENV'));
  const production = profile === 'production';
  const subgraphUrls: Record<string, string> = {};
  for (const [name, variable] of Object.entries(SUBGRAPH_URL_VARIABLES)) {
    const url = optionalUrl(env, variable);
    if (url !== undefined) subgraphUrls[name] = url;
  }
  return {
    port: env.int('PORT', 4000, { min: 0, max: 65535 }),
    host: env.string('HOST', '127.0.0.1'),
    profile,
    production,
    logLevel: env.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    supergraphPath: resolve(env.string('SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH)),
    subgraphUrls,
    trust: readTrustConfig(env, production),
    watchSupergraph: env.bool('WATCH_SUPERGRAPH', !production),
    introspection: env.bool('INTROSPECTION', !production),
    subgraphTimeoutMs: env.int('SUBGRAPH_TIMEOUT_MS', 10_000, { min: 1, max: 300_000 }),
    subgraphDeduplication: env.bool('SUBGRAPH_DEDUPLICATION', true),
    fieldSuggestions: env.bool('FIELD_SUGGESTIONS', !production),
    bodyLimitBytes: env.int('BODY_LIMIT_BYTES', 1_048_576, { min: 1024 }),
    corsOrigins: list(env, 'CORS_ORIGINS', production ? [] : ['*']),
    trustedProxies: proxiesOf(env, 'TRUSTED_PROXIES'),
    clientAddressSecret: secretOf(env, 'CLIENT_ADDRESS_SECRET'),
    limits: {
      maxDepth: env.int('MAX_DEPTH', 12, { min: 1 }),
      maxAliases: env.int('MAX_ALIASES', 30, { min: 0 }),
      maxRootFields: env.int('MAX_ROOT_FIELDS', 20, { min: 1 }),
      maxTokens: env.int('MAX_TOKENS', 2000, { min: 10 }),
      maxDirectives: env.int('MAX_DIRECTIVES', 50, { min: 0 }),
    },
    cost: {
      max: env.int('COST_MAX', 1000, { min: 1 }),
      defaultListSize: env.int('COST_DEFAULT_LIST_SIZE', 10, { min: 0 }),
    },
    rateLimit: {
      enabled: env.bool('RATE_LIMIT_ENABLED', true),
      capacity: env.int('RATE_LIMIT_CAPACITY', 1000, { min: 1 }),
      restorePerSecond: env.int('RATE_LIMIT_RESTORE_PER_SECOND', 50, { min: 1 }),
      failMode: env.oneOf('RATE_LIMIT_FAIL_MODE', RATE_LIMIT_FAIL_MODES, 'open'),
      ...(optionalUrl(env, 'REDIS_URL') === undefined ? {} : { redisUrl: env.url('REDIS_URL') }),
      keyPrefix: env.string('RATE_LIMIT_KEY_PREFIX', 'pyb:ratelimit:'),
    },
    trustedDocuments: {
      mode: env.oneOf('TRUSTED_DOCUMENTS', TRUSTED_DOCUMENT_MODES, 'allow'),
      manifestPath: resolve(env.string('PERSISTED_DOCUMENTS_PATH', DEFAULT_MANIFEST_PATH)),
      manifestPathExplicit: env.optionalString('PERSISTED_DOCUMENTS_PATH') !== undefined,
    },
    warmUp: readWarmUpSettings(env),
  };
}
