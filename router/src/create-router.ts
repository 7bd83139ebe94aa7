import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  announceListening,
  createCallerTrust,
  createLogger,
  logSchemaExposure,
  type AccessTokenVerifier,
  type CallerTrust,
  type Logger,
} from '@packyourbag/service-kit';
import { createTrustedProxies } from '@packyourbag/service-kit/client-address';
import type { RouterConfig } from './config.js';
import type { RouterContext } from './context.js';
import { formatRouterError } from './errors/format-router-error.js';
import { deduplicateQueries } from './forwarding/deduplicate-queries.js';
import { measuredFetcher } from './forwarding/measured-fetcher.js';
import { createSignedFetcher } from './forwarding/signed-fetcher.js';
import { SubgraphDataSource } from './forwarding/subgraph-data-source.js';
import { createReadinessProbe } from './health/readiness.js';
import { createRouterWarmUp } from './health/warm-up.js';
import { createCorsPolicy } from './http/cors.js';
import { createGraphQLHandler } from './http/graphql-handler.js';
import { createRouterServer } from './http/router-server.js';
import { createRoutes, GRAPHQL_PATH } from './http/routes.js';
import { createRouterMetrics } from './metrics/router-metrics.js';
import {
  createAuthorizationPlugin,
  markSecurityFeaturesEnforced,
  readAccessRequirements,
  type AccessRequirements,
} from './plugins/authorization/index.js';
import {
  createDemandControlPlugin,
  NO_COST_DIRECTIVES,
  readCostDirectives,
  type CostDirectives,
} from './plugins/demand-control/index.js';
import { createDocumentLimitsRule } from './plugins/document-limits/index.js';
import { createOutageStatusPlugin } from './plugins/outage-status.plugin.js';
import { createRequestLogPlugin } from './plugins/request-log.plugin.js';
import { createRequestSpanPlugin } from './plugins/request-span.plugin.js';
import { createBucketStoreFromConfig } from './rate-limit/bucket-store-from-config.js';
import { createRateLimiter } from './rate-limit/rate-limiter.js';
import { subgraphEndpoints, type SubgraphEndpoint } from './supergraph/subgraph-endpoints.js';
import { supergraphFromFile } from './supergraph/supergraph-file.js';
import { loadDocumentManifest } from './trusted-documents/manifest.js';
import { createPersistedQueryCache } from './trusted-documents/persisted-query-cache.js';

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

/**
 * Starts the router: the gateway over the supergraph file, behind a node:http server. This is the
 * composition root: it builds every part from the config and wires them; the parts live in
 * http/ (server, routes, GraphQL over HTTP), rate-limit/, forwarding/, plugins/ and health/.
 */
export async function createRouter(config: RouterConfig, options: RouterOptions = {}): Promise<Router> {
  const logger = options.logger ?? createLogger('router', config.logLevel);
  logSchemaExposure(logger, config);
  const metrics = createRouterMetrics();
  const callerTrust: CallerTrust = options.verifyAccessToken
    ? { verify: options.verifyAccessToken, keysAvailable: () => true, stop: () => undefined }
    : createCallerTrust(config.trust, logger, { onKeyRefreshFailure: () => metrics.jwksRefreshFailure() });
  const verifyAccessToken = callerTrust.verify;
  const keysAvailable = options.keysAvailable ?? callerTrust.keysAvailable;
  const fetcher = createSignedFetcher({
    routerSecret: config.trust.routerSecret,
    timeoutMs: config.subgraphTimeoutMs,
  });
  const rateLimiter = config.rateLimit.enabled
    ? createRateLimiter({
        store: await createBucketStoreFromConfig(config.rateLimit, { logger, now: options.now }),
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
      const measured = measuredFetcher(fetcher.fetch, name, metrics);
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
      createOutageStatusPlugin(),
      createRequestSpanPlugin(),
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

  let url = '';
  const warmUp = createRouterWarmUp({ settings: config.warmUp, url: () => url, logger });
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
    isWarmUpRequest: warmUp.isWarmUpRequest,
  });
  const readiness = createReadinessProbe({
    supergraphLoaded: () => endpoints.length > 0,
    subgraphs: () => endpoints,
    signingKeys: keysAvailable,
    warmUp,
  });
  const server = createRouterServer({
    route: createRoutes({ handleGraphQL, cors, metrics, readiness, isClosing: () => server.isClosing() }),
    metrics,
    logger,
    shutdownTimeoutMs: options.shutdownTimeoutMs,
  });
  const origin = await server.listen(config.port, config.host).catch(async (error: unknown) => {
    await apollo.stop();
    await releaseResources();
    throw error;
  });
  url = `${origin}${GRAPHQL_PATH}`;
  announceListening(
    logger,
    { url, supergraph: config.supergraphPath, subgraphs: endpoints },
    'router listening',
  );

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await server.close();
      await apollo.stop();
      await releaseResources();
      logger.info('router stopped');
    })());

  return { url, close };
}
