import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  createCallerTrust,
  createLogger,
  logSchemaExposure,
  maskError,
  REQUEST_ID_HEADER,
  type AccessTokenVerifier,
  type CallerTrust,
  type Logger,
} from '@packyourbag/service-kit';
import { createTrustedProxies } from '@packyourbag/service-kit/client-address';
import { Redis } from 'ioredis';
import type { RouterConfig } from './config.js';
import type { RouterContext } from './context.js';
import { formatRouterError } from './errors/format-router-error.js';
import { createRouterMetrics, type RequestOutcome } from './metrics/router-metrics.js';
import {
  createDemandControlPlugin,
  NO_COST_DIRECTIVES,
  readCostDirectives,
  type CostDirectives,
} from './plugins/demand-control/index.js';
import { createDocumentLimitsRule } from './plugins/document-limits/index.js';
import type { BucketStore } from './rate-limit/bucket-store.js';
import { createMemoryBucketStore } from './rate-limit/memory-store.js';
import { createRateLimiter } from './rate-limit/rate-limiter.js';
import { createRedisBucketStore } from './rate-limit/redis-store.js';
import { loadDocumentManifest } from './trusted-documents/manifest.js';
import { createPersistedQueryCache } from './trusted-documents/persisted-query-cache.js';

import type { Fetcher } from './forwarding/buffered-response.js';
import { deduplicateQueries } from './forwarding/deduplicate-queries.js';
import { createSignedFetcher } from './forwarding/signed-fetcher.js';
import { SubgraphDataSource } from './forwarding/subgraph-data-source.js';
import { createReadinessProbe } from './health/readiness.js';
import { createCorsPolicy } from './http/cors.js';
import { createGraphQLHandler } from './http/graphql-handler.js';
import { requestIdFrom } from './http/request-id.js';
import { sendGraphQLError, sendJson } from './http/send-json.js';
import {
  createAuthorizationPlugin,
  markSecurityFeaturesEnforced,
  readAccessRequirements,
  type AccessRequirements,
} from './plugins/authorization/index.js';
import { createRequestLogPlugin } from './plugins/request-log.plugin.js';
import { subgraphEndpoints, type SubgraphEndpoint } from './supergraph/subgraph-endpoints.js';
import { supergraphFromFile } from './supergraph/supergraph-file.js';

export interface RouterOptions {
  /**
   * Where the router logs.
   * @default createLogger('router', config.logLevel)
   */
  logger?: Logger;
  /**
   * Verifies bearer tokens.
   * @default createCallerTrust(config.trust).verify: auth's JWKS (cached, refreshed in the
   * background, kept while auth is down) and auth's revocation feed
   */
  verifyAccessToken?: AccessTokenVerifier;
  /**
   * How long shutdown waits for in-flight requests before cutting connections, in milliseconds.
   * @default 10000
   */
  shutdownTimeoutMs?: number;
  /**
   * Quiet time after a supergraph file change before it is reloaded, in milliseconds.
   * @default 200
   */
  supergraphDebounceMs?: number;
  /**
   * The in-memory rate-limit store's clock, in milliseconds (tests inject a fake one). Ignored
   * when REDIS_URL is set: the Redis script uses Redis's clock.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Whether auth's signing keys were ever fetched (a refused token then answers 503, not 401).
   * @default the default verifier's key source; () => true with a verifyAccessToken option
   */
  keysAvailable?: () => boolean;
}

export interface Router {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Stops accepting, lets in-flight requests finish, then releases everything. */
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** Starts the router: the gateway over the supergraph file, behind a node:http server. */
export async function createRouter(config: RouterConfig, options: RouterOptions = {}): Promise<Router> {
  const logger = options.logger ?? createLogger('router', config.logLevel);
  logSchemaExposure(logger, config);
  const callerTrust: CallerTrust = options.verifyAccessToken
    ? { verify: options.verifyAccessToken, keysAvailable: () => true, stop: () => undefined }
    : createCallerTrust(config.trust, logger);
  const verifyAccessToken = callerTrust.verify;
  const keysAvailable = options.keysAvailable ?? callerTrust.keysAvailable;
  const fetcher = createSignedFetcher({
    routerSecret: config.trust.routerSecret,
    timeoutMs: config.subgraphTimeoutMs,
  });
  const metrics = createRouterMetrics();
  const rateLimiter = config.rateLimit.enabled
    ? createRateLimiter({
        store: await createBucketStore(config, options, logger),
        capacity: config.rateLimit.capacity,
        restorePerSecond: config.rateLimit.restorePerSecond,
        failMode: config.rateLimit.failMode,
        logger,
        onStoreFailure: (operation) => metrics.rateLimitStoreFailure(operation),
      })
    : undefined;
  const manifest = loadDocumentManifest(
    config.trustedDocuments.manifestPath,
    config.trustedDocuments.manifestPathExplicit,
    logger,
  );
  const releaseResources = async () => {
    callerTrust.stop();
    fetcher.close();
    await rateLimiter?.close();
  };

  let endpoints: readonly SubgraphEndpoint[] = [];
  // Filled from the supergraph before the first request is served (apollo.start waits for the load).
  let accessRequirements: AccessRequirements = { fields: new Map(), types: new Map() };
  let costDirectives: CostDirectives = NO_COST_DIRECTIVES;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      path: config.supergraphPath,
      watch: config.watchSupergraph,
      debounceMs: options.supergraphDebounceMs,
      prepare: markSecurityFeaturesEnforced,
      logger,
    }),
    buildService: ({ name, url }) => {
      const measured: Fetcher = (input, init) => {
        const started = performance.now();
        return fetcher.fetch(input, init).then(
          (response) => {
            metrics.subgraphCall(name, (performance.now() - started) / 1000, !response.ok);
            return response;
          },
          (error: unknown) => {
            metrics.subgraphCall(name, (performance.now() - started) / 1000, true);
            throw error;
          },
        );
      };
      return new SubgraphDataSource(
        config.subgraphUrls[name] ?? url ?? '',
        config.subgraphDeduplication ? deduplicateQueries(measured) : measured,
      );
    },
    logger: logger.child({ component: 'gateway' }),
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    endpoints = subgraphEndpoints(coreSupergraphSdl, config.subgraphUrls);
    accessRequirements = readAccessRequirements(coreSupergraphSdl);
    costDirectives = readCostDirectives(coreSupergraphSdl);
  });

  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection: config.introspection,
    // No CSRF preflight rule: the router never authenticates from cookies, so a cross-site GET or
    // simple POST carries no credential to abuse, and GraphQL over HTTP requires plain GET queries.
    csrfPrevention: false,
    // No "Did you mean …?" naming fields the caller did not ask about (on in development).
    hideSchemaDetailsFromClientErrors: !config.fieldSuggestions,
    includeStacktraceInErrorResponses: false,
    // Document limits before anything is resolved or planned; tokens while parsing.
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [createDocumentLimitsRule(config.limits)],
    // Trusted documents by hash (APQ-compatible): the manifest, then ad-hoc registrations.
    persistedQueries:
      config.trustedDocuments.mode === 'off' ? false : { cache: createPersistedQueryCache({ manifest }) },
    // Internal errors are logged with the request id by the request-log plugin, which sees them first.
    formatError: (formatted, error) => formatRouterError(formatted, error),
    // The authorization plugin is what makes markSecurityFeaturesEnforced true: keep them together.
    // Authorization runs before demand control's charge in the same hook, and a refusal by either
    // is final; a charge for an operation refused elsewhere is refunded in full (no data, no cost).
    plugins: [
      createRequestLogPlugin(),
      createAuthorizationPlugin({ requirements: () => accessRequirements }),
      createDemandControlPlugin({
        directives: () => costDirectives,
        maxCost: config.cost.max,
        defaultListSize: config.cost.defaultListSize,
        ...(rateLimiter ? { rateLimiter } : {}),
        onCost: (estimated, actual) => metrics.cost(estimated, actual),
        onThrottled: () => metrics.throttled(),
      }),
    ],
    logger: logger.child({ component: 'apollo' }),
    stopOnTerminationSignals: false,
  });
  try {
    await apollo.start();
  } catch (error) {
    await releaseResources();
    throw error;
  }

  const cors = createCorsPolicy(config.corsOrigins);
  const handleGraphQL = createGraphQLHandler({
    apollo,
    verifyAccessToken,
    logger,
    cors,
    maxBodyBytes: config.bodyLimitBytes,
    clientAddress: {
      isTrustedProxy: createTrustedProxies(config.trustedProxies),
      secret: config.clientAddressSecret,
    },
    trustedDocuments: { mode: config.trustedDocuments.mode, manifest },
    keysAvailable,
  });
  const readiness = createReadinessProbe({
    supergraphLoaded: () => endpoints.length > 0,
    subgraphs: () => endpoints,
    signingKeys: keysAvailable,
  });
  let closing = false;

  const route = async (
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
  ): Promise<{ operationName?: string; hadErrors: boolean } | undefined> => {
    const url = request.url ?? '/';
    const path = url.includes('?') ? url.slice(0, url.indexOf('?')) : url;
    if (path === GRAPHQL_PATH) {
      if (request.method === 'OPTIONS') {
        cors.preflight(request, response);
        return undefined;
      }
      return handleGraphQL(request, response, requestId);
    }
    if (path === '/health/live') {
      sendJson(response, 200, { status: 'ok' });
      return undefined;
    }
    if (path === '/metrics') {
      const text = await metrics.registry.metrics();
      response.writeHead(200, {
        'content-type': metrics.registry.contentType,
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
      return undefined;
    }
    if (path === '/health/ready') {
      const state = await readiness();
      sendJson(response, state.ready && !closing ? 200 : 503, {
        status: state.ready && !closing ? 'ok' : 'unavailable',
        ...state,
      });
      return undefined;
    }
    sendJson(response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' });
    return undefined;
  };

  const closeWhenIdle = (response: ServerResponse) => {
    if (!closing) return;
    const closeIdle = () => setImmediate(() => server.closeIdleConnections());
    if (response.writableFinished) closeIdle();
    else response.once('finish', closeIdle);
  };

  const server = createServer((request, response) => {
    const started = performance.now();
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (closing) response.setHeader('connection', 'close');
    route(request, response, requestId).then(
      (graphql) => {
        const durationMs = performance.now() - started;
        if (graphql) {
          metrics.request(
            graphql.operationName,
            outcomeOf(response.statusCode, graphql.hadErrors),
            durationMs / 1000,
          );
        }
        const line = {
          requestId,
          method: request.method,
          path: request.url,
          operationName: graphql?.operationName,
          status: response.statusCode,
          durationMs: Math.round(durationMs * 100) / 100,
        };
        if (line.path?.startsWith('/health/')) logger.debug(line, 'request');
        else logger.info(line, 'request');
        closeWhenIdle(response);
      },
      (error: unknown) => {
        logger.error({ err: error, requestId, path: request.url }, 'request failed');
        if (!response.headersSent) {
          sendGraphQLError(response, 500, maskError({ message: 'internal' }, error));
        } else {
          response.destroy();
        }
        closeWhenIdle(response);
      },
    );
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout (60 s)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await apollo.stop();
    await releaseResources();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
  logger.info({ url, supergraph: config.supergraphPath, subgraphs: endpoints }, 'router listening');

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      closing = true;
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections close now; busy ones as soon as their response is sent (see
      // closeWhenIdle), and requests that still arrive on them are answered with `connection: close`.
      server.closeIdleConnections();
      const timeoutMs = options.shutdownTimeoutMs ?? 10_000;
      const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
      await drained;
      clearTimeout(force);
      await apollo.stop();
      await releaseResources();
      logger.info('router stopped');
    })());

  return { url, close };
}

function outcomeOf(status: number, hadErrors: boolean): RequestOutcome {
  if (status === 429) return 'throttled';
  if (status >= 500) return 'error';
  if (status >= 400) return 'refused';
  return hadErrors ? 'error' : 'ok';
}

/**
 * Redis when REDIS_URL is set (one budget across router instances), else this process's memory.
 * Commands fail fast instead of queueing while Redis is away, so the fail mode decides at once.
 */
async function createBucketStore(
  config: RouterConfig,
  options: RouterOptions,
  logger: Logger,
): Promise<BucketStore> {
  const shape = { capacity: config.rateLimit.capacity, restorePerSecond: config.rateLimit.restorePerSecond };
  if (!config.rateLimit.redisUrl) {
    return createMemoryBucketStore({ ...shape, ...(options.now ? { now: options.now } : {}) });
  }
  const redis = new Redis(config.rateLimit.redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2000,
  });
  redis.on('error', (error: unknown) => logger.debug({ err: error }, 'redis connection error'));
  await redis
    .connect()
    .catch((error: unknown) =>
      logger.warn(
        { err: error },
        'rate-limit Redis unreachable at start-up; the fail mode applies until it is back',
      ),
    );
  return createRedisBucketStore({ ...shape, redis, keyPrefix: config.rateLimit.keyPrefix });
}
