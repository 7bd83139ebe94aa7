import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@packyourbag/service-kit';
import type { Readiness } from '../health/readiness.js';
import type { RouterMetrics } from '../metrics/router-metrics.js';
import type { CorsPolicy } from './cors.js';
import type { GraphQLHandler } from './graphql-handler.js';

export const GRAPHQL_PATH = '/graphql';

/** What a GraphQL request leaves for the access log and metrics; other routes leave nothing. */
export type RouteResult = Awaited<ReturnType<GraphQLHandler>> | undefined;

export type Route = (
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
) => Promise<RouteResult>;

export interface RoutesOptions {
  handleGraphQL: GraphQLHandler;
  cors: CorsPolicy;
  metrics: RouterMetrics;
  readiness: () => Promise<Readiness>;
  /** True once shutdown began: readiness then answers 503 so load balancers stop sending. */
  isClosing: () => boolean;
}

/** The router's route table: `/graphql`, the health probes and `/metrics`; anything else is 404. */
export function createRoutes(options: RoutesOptions): Route {
  const { handleGraphQL, cors, metrics, readiness, isClosing } = options;
  return async (request, response, requestId) => {
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
      const ready = state.ready && !isClosing();
      sendJson(response, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', ...state });
      return undefined;
    }
    sendJson(response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' });
    return undefined;
  };
}
