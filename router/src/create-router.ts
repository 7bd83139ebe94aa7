import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  createCallerVerifier,
  createLogger,
  maskError,
  REQUEST_ID_HEADER,
  type AccessTokenVerifier,
  type Logger,
} from '@packyourbag/service-kit';
import type { RouterConfig } from './config.js';
import type { RouterContext } from './context.js';

import { createSignedFetcher } from './forwarding/signed-fetcher.js';
import { SubgraphDataSource } from './forwarding/subgraph-data-source.js';
import { createReadinessProbe } from './health/readiness.js';
import { answerPreflight } from './http/cors.js';
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
   * @default createCallerVerifier(config.trust): remote JWKS (cached) and auth's revocation feed
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
  const verifyAccessToken = options.verifyAccessToken ?? createCallerVerifier(config.trust, logger);
  const fetcher = createSignedFetcher({
    routerSecret: config.trust.routerSecret,
    timeoutMs: config.subgraphTimeoutMs,
  });

  let endpoints: readonly SubgraphEndpoint[] = [];
  // Filled from the supergraph before the first request is served (apollo.start waits for the load).
  let accessRequirements: AccessRequirements = { fields: new Map(), types: new Map() };
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      path: config.supergraphPath,
      watch: config.watchSupergraph,
      debounceMs: options.supergraphDebounceMs,
      prepare: markSecurityFeaturesEnforced,
      logger,
    }),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(config.subgraphUrls[name] ?? url ?? '', fetcher.fetch),
    logger: logger.child({ component: 'gateway' }),
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    endpoints = subgraphEndpoints(coreSupergraphSdl, config.subgraphUrls);
    accessRequirements = readAccessRequirements(coreSupergraphSdl);
  });

  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // Internal errors are logged with the request id by the request-log plugin, which sees them first.
    formatError: (formatted, error) => maskError(formatted, error),
    // The authorization plugin is what makes markSecurityFeaturesEnforced true: keep them together.
    plugins: [
      createRequestLogPlugin(),
      createAuthorizationPlugin({ requirements: () => accessRequirements }),
    ],
    logger: logger.child({ component: 'apollo' }),
    stopOnTerminationSignals: false,
  });
  try {
    await apollo.start();
  } catch (error) {
    fetcher.close();
    throw error;
  }

  const handleGraphQL = createGraphQLHandler({ apollo, verifyAccessToken, logger });
  const readiness = createReadinessProbe({
    supergraphLoaded: () => endpoints.length > 0,
    subgraphs: () => endpoints,
  });
  let closing = false;

  const route = async (request: IncomingMessage, response: ServerResponse, requestId: string) => {
    const url = request.url ?? '/';
    const path = url.includes('?') ? url.slice(0, url.indexOf('?')) : url;
    if (path === GRAPHQL_PATH) {
      if (request.method === 'OPTIONS') return answerPreflight(request, response);
      return handleGraphQL(request, response, requestId);
    }
    if (path === '/health/live') return sendJson(response, 200, { status: 'ok' });
    if (path === '/health/ready') {
      const state = await readiness();
      return sendJson(response, state.ready && !closing ? 200 : 503, {
        status: state.ready && !closing ? 'ok' : 'unavailable',
        ...state,
      });
    }
    return sendJson(response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' });
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
      (operationName) => {
        const line = {
          requestId,
          method: request.method,
          path: request.url,
          operationName: operationName ?? undefined,
          status: response.statusCode,
          durationMs: Math.round((performance.now() - started) * 100) / 100,
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
    fetcher.close();
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
      fetcher.close();
      logger.info('router stopped');
    })());

  return { url, close };
}
