import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';

export const SERVICE_NAMES = ['auth', 'packing', 'preferences', 'router', 'web'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The system contract's ports; `<NAME>_PORT` (AUTH_PORT, …) overrides each for `npm start`. */
export const DEFAULT_PORTS: Readonly<Record<ServiceName, number>> = {
  router: 4000,
  auth: 4001,
  packing: 4002,
  preferences: 4003,
  web: 3000,
};

/** What a service's environment is built from. */
export interface StackContext {
  host: string;
  /**
   * Each service's port; 0 until a service started on PORT=0 has said which port it bound
   * (decision 1480): a service is started only once the ports in its environment are known.
   */
  ports: Record<ServiceName, number>;
  routerSecret: string;
  /** Shared by the web server (signs the client address it forwards) and the router (checks it). */
  clientAddressSecret: string;
  nodeEnv: string;
  logLevel: string | undefined;
  databaseUrls: { auth: string; packing: string };
  /** The lifecycle-event queue (schema `events`), as the queue role. */
  eventsUrl: string;
  /**
   * PostgreSQL is embedded PGlite: its socket multiplexes every client onto one session, so a
   * NOTIFY reaches the connection that sent it, never a LISTEN connection (decision 1440).
   */
  postgresEmbedded: boolean;
  mongoUrl: string;
  redisUrl: string | undefined;
  /** The router's rate limit: a key prefix of this run's own and, in test stacks, a large budget. */
  rateLimit: RouterRateLimitEnv;
}

/** RATE_LIMIT_* for the router; unset ones keep the router's defaults. */
export interface RouterRateLimitEnv {
  keyPrefix?: string;
  capacity?: string;
  restorePerSecond?: string;
}

export interface ServiceDefinition {
  name: ServiceName;
  /** The npm workspace that builds it. */
  workspace: string;
  cwd: string;
  command: (context: StackContext) => { command: string; args: string[] };
  env: (context: StackContext) => Record<string, string | undefined>;
  /** Path answering 200 once the service can serve. */
  readyPath: string;
}

const nodeMain = () => ({ command: process.execPath, args: ['dist/main.js'] });
const url = (context: StackContext, service: ServiceName, path = '') =>
  `http://${context.host}:${context.ports[service]}${path}`;

function common(context: StackContext, service: ServiceName): Record<string, string | undefined> {
  return {
    NODE_ENV: context.nodeEnv,
    HOST: context.host,
    PORT: String(context.ports[service]),
    LOG_LEVEL: context.logLevel,
    ROUTER_SECRET: context.routerSecret,
    // Scenario tests prove revocation and key rotation without waiting out production intervals.
    ...(context.nodeEnv === 'test'
      ? // A rotated-in key still waits out the verifiers' 30 s JWKS refetch cooldown before it signs.
        {
          TOKEN_REVOCATIONS_REFRESH_MS: '1000',
          SIGNING_KEY_RELOAD_MS: '1000',
          KEY_ACTIVATION_DELAY_SECONDS: '35',
          // Lifecycle events: scenarios see a failing event reach the dead letters in ~3 s (1 s, 2 s).
          EVENTS_MAX_ATTEMPTS: '3',
        }
      : {}),
    // Notifications never arrive through PGlite's socket: the event loops poll as before, and auth's
    // revocation feed keeps no snapshot (nothing would tell it of a revocation) (1440).
    ...(context.postgresEmbedded ? { EVENTS_POLL_MS: '500', REVOCATIONS_CACHE_MS: '0' } : {}),
  };
}

/**
 * Where a service that verifies auth's tokens fetches the keys and the revocation list. Not given
 * to auth itself, which verifies with its own keys in process (and whose port a stack starting it
 * on PORT=0 does not know yet, decision 1480).
 */
function authFeeds(context: StackContext): Record<string, string> {
  return {
    JWKS_URL: url(context, 'auth', '/.well-known/jwks.json'),
    TOKEN_REVOCATIONS_URL: url(context, 'auth', '/.well-known/revoked-tokens'),
  };
}

export const SERVICE_DEFINITIONS: Readonly<Record<ServiceName, ServiceDefinition>> = {
  auth: {
    name: 'auth',
    workspace: '@packyourbag/auth',
    cwd: join(repositoryRoot, 'subgraphs/auth'),
    command: nodeMain,
    env: (context) => ({
      ...common(context, 'auth'),
      DATABASE_URL: context.databaseUrls.auth,
      EVENTS_DATABASE_URL: context.eventsUrl,
    }),
    readyPath: '/health/ready',
  },
  packing: {
    name: 'packing',
    workspace: '@packyourbag/packing',
    cwd: join(repositoryRoot, 'subgraphs/packing'),
    command: nodeMain,
    env: (context) => ({
      ...common(context, 'packing'),
      ...authFeeds(context),
      DATABASE_URL: context.databaseUrls.packing,
      EVENTS_DATABASE_URL: context.eventsUrl,
    }),
    readyPath: '/health/ready',
  },
  preferences: {
    name: 'preferences',
    workspace: '@packyourbag/preferences',
    cwd: join(repositoryRoot, 'subgraphs/preferences'),
    command: nodeMain,
    env: (context) => ({
      ...common(context, 'preferences'),
      ...authFeeds(context),
      MONGODB_URL: context.mongoUrl,
      EVENTS_DATABASE_URL: context.eventsUrl,
    }),
    readyPath: '/health/ready',
  },
  router: {
    name: 'router',
    workspace: '@packyourbag/router',
    cwd: join(repositoryRoot, 'router'),
    command: nodeMain,
    env: (context) => ({
      ...common(context, 'router'),
      ...authFeeds(context),
      SUPERGRAPH_PATH: join(repositoryRoot, 'schema/supergraph.graphql'),
      AUTH_URL: url(context, 'auth', '/graphql'),
      PACKING_URL: url(context, 'packing', '/graphql'),
      PREFERENCES_URL: url(context, 'preferences', '/graphql'),
      REDIS_URL: context.redisUrl,
      RATE_LIMIT_KEY_PREFIX: context.rateLimit.keyPrefix,
      RATE_LIMIT_CAPACITY: context.rateLimit.capacity,
      RATE_LIMIT_RESTORE_PER_SECOND: context.rateLimit.restorePerSecond,
      CLIENT_ADDRESS_SECRET: context.clientAddressSecret,
    }),
    readyPath: '/health/ready',
  },
  web: {
    name: 'web',
    workspace: '@packyourbag/web',
    cwd: join(repositoryRoot, 'web'),
    // The web app's own server (web/src/server, built to dist/): Next behind the step that replaces a
    // client's X-Forwarded-For with its socket address (docs/decisions/1010-web-client-address.md).
    command: () => ({ command: process.execPath, args: ['dist/server/main.js'] }),
    env: (context) => ({
      // It serves the production build whatever the stack's NODE_ENV.
      NODE_ENV: 'production',
      PORT: String(context.ports.web),
      HOST: context.host,
      GRAPHQL_URL: url(context, 'router', '/graphql'),
      CLIENT_ADDRESS_SECRET: context.clientAddressSecret,
      NEXT_TELEMETRY_DISABLED: '1',
    }),
    readyPath: '/health/ready',
  },
};
