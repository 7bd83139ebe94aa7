import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { reportUnexpectedError } from '@packyourbag/error-reports';
import {
  isUnavailableError,
  maskError,
  REQUEST_ID_HEADER,
  sendGraphQLError,
  type Logger,
} from '@packyourbag/service-kit';
import type { RequestOutcome, RouterMetrics } from '../metrics/router-metrics.js';
import { requestIdFrom } from './request-id.js';
import type { Route } from './routes.js';

export interface RouterServerOptions {
  route: Route;
  metrics: RouterMetrics;
  logger: Logger;
  /**
   * How long close() waits for in-flight requests before cutting connections, in milliseconds.
   * @default 10000
   */
  shutdownTimeoutMs?: number;
}

export interface RouterServer {
  /** Listens; resolves to the bound origin, e.g. http://127.0.0.1:4000. */
  listen(port: number, host: string): Promise<string>;
  /** True once close() began. */
  isClosing(): boolean;
  /** Stops accepting and resolves when in-flight requests finished (or the timeout cut them). */
  close(): Promise<void>;
}

/**
 * The router's node:http server: a request id on every response, one access-log line and the
 * request metrics per request, a masked 500 for anything a route throws, and a graceful close.
 */
export function createRouterServer(options: RouterServerOptions): RouterServer {
  const { route, metrics, logger } = options;
  let closing = false;

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
            outcomeOf(response.statusCode, graphql.hadErrors, graphql.hadServerErrors ?? false),
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
        if (!isUnavailableError(error)) reportUnexpectedError(error, { requestId });
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

  return {
    listen: (port, host) =>
      new Promise<string>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const bound = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${bound}:${address.port}`);
        });
      }),
    isClosing: () => closing,
    close: async () => {
      closing = true;
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections close now; busy ones as soon as their response is sent (see
      // closeWhenIdle), and requests that still arrive on them are answered with `connection: close`.
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
      await drained;
      clearTimeout(force);
    },
  };
}

/**
 * `error` is ours (5xx, or an error masked as INTERNAL_SERVER_ERROR in the answer): what the error
 * ratio alert counts. A caller's own mistake (4xx, or BAD_USER_INPUT, NOT_FOUND… in a 200) is `refused`.
 */
export function outcomeOf(status: number, hadErrors: boolean, hadServerErrors: boolean): RequestOutcome {
  if (status === 429) return 'throttled';
  if (status >= 500 || hadServerErrors) return 'error';
  if (status >= 400 || hadErrors) return 'refused';
  return 'ok';
}
