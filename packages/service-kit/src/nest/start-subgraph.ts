import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { flushErrorReports, startErrorReports } from '@packyourbag/error-reports';
import { shutdownTracing } from '@packyourbag/telemetry/start';
import type { AccessTokenVerifier } from '../caller/access-token-verifier.js';
import type { LogLevel } from '../config/subgraph-config.js';
import { announceListening } from '../logging/announce-listening.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createGraphQLFastPath, type NodeMiddleware } from './graphql-fast-path.js';
import { nestApolloEndpoint } from './nest-apollo-endpoint.js';
import { createRouterTrustCheck, type RouterTrustOptions } from './router-trust.js';
import { createRouterTrustMiddleware } from './router-trust.middleware.js';
import { readWarmUpSettings } from '../config/warm-up-settings.js';
import { createSubgraphWarmUp, type WarmUpOperations } from './warm-up.js';

export interface StartSubgraphOptions {
  /** The Nest root module (already configured). */
  module: Type<unknown> | ReturnType<typeof Object>;
  host: string;
  port: number;
  logger: Logger;
  routerSecret: string;
  verifyAccessToken: AccessTokenVerifier;
  /**
   * Largest accepted request body, in bytes.
   * @default 1_048_576
   */
  bodyLimitBytes?: number;
  /**
   * Run in front of every request, on the GraphQL fast path and on Express's routes alike (in
   * place of Nest middleware, which the fast path does not run).
   */
  httpMiddleware?: readonly NodeMiddleware[];
  /**
   * The subgraph's representative reads, run before /health/ready answers ready (decision 1495;
   * WARM_UP=off skips it). @default no warm-up
   */
  warmUp?: WarmUpOperations;
  /** Called after the HTTP server closed, to release stores (database pools, connections). */
  onShutdown?: () => Promise<void>;
}

export interface RunningSubgraph {
  app: INestApplication;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then releases stores. */
  close(): Promise<void>;
}

/**
 * Boots a subgraph the same way everywhere: `POST /graphql` served by the fast path straight
 * from node:http (decision 1450), every other route by Express with the raw body kept for the
 * router proof and the trust middleware in front, JSON logs, and graceful shutdown on
 * SIGTERM/SIGINT.
 */
export async function startSubgraph(options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const bodyLimitBytes = options.bodyLimitBytes ?? 1_048_576;
  const trust: RouterTrustOptions = {
    routerSecret: options.routerSecret,
    verifyAccessToken: options.verifyAccessToken,
    logger: options.logger,
  };
  const app = await NestFactory.create<NestExpressApplication>(options.module as Type<unknown>, {
    rawBody: true,
    bodyParser: true,
    logger: false,
  });
  app.useBodyParser('json', { limit: bodyLimitBytes });
  app.disable('x-powered-by');
  const warmUp = createSubgraphWarmUp({
    operations: options.warmUp,
    settings: readWarmUpSettings(),
    routerSecret: options.routerSecret,
    logger: options.logger,
  });
  app.use(warmUp.holdReadiness);
  for (const middleware of options.httpMiddleware ?? []) app.use(middleware);
  app.use(createRouterTrustMiddleware(trust));
  await app.init();
  const endpoint = nestApolloEndpoint(app);
  putInFront(
    app,
    createGraphQLFastPath({
      ...endpoint,
      check: createRouterTrustCheck(trust),
      bodyLimitBytes,
      logger: options.logger,
      ...(options.httpMiddleware ? { middleware: options.httpMiddleware } : {}),
    }),
  );
  await app.listen(options.port, options.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host}:${port}`;
  announceListening(options.logger, { url });
  void warmUp.run(endpoint, url);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const server = app.getHttpServer();
      server.closeIdleConnections?.();
      await app.close();
      await options.onShutdown?.();
      options.logger.info('stopped');
    })();
    return closing;
  };
  return { app, url, close };
}

/**
 * Puts `fastPath` in Express's place as the server's request listener, Express behind it for
 * whatever it does not take. Other listeners (Apollo's drain tracking) stay as they are.
 */
function putInFront(
  app: NestExpressApplication,
  fastPath: (request: IncomingMessage, response: ServerResponse) => boolean,
): void {
  const server: Server = app.getHttpServer();
  const express = app.getHttpAdapter().getInstance() as (
    request: IncomingMessage,
    response: ServerResponse,
  ) => void;
  if (!server.listeners('request').includes(express)) {
    throw new Error(
      "Express is not the HTTP server's request listener; the GraphQL fast path cannot go in front.",
    );
  }
  server.removeListener('request', express);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!fastPath(request, response)) express(request, response);
  });
}

/**
 * Wires SIGTERM/SIGINT to a graceful close, then sends what is still buffered — error reports and
 * the spans of the last requests and consumed events (decision 1350) — and exits.
 */
export function stopOnSignals(running: RunningSubgraph, logger: Logger): void {
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    running
      .close()
      .then(
        () => 0,
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          return 1;
        },
      )
      .then(async (exitCode) => {
        await Promise.all([flushErrorReports(), shutdownTracing()]);
        process.exit(exitCode);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/**
 * A subgraph's process entry (`if (require.main === module) runSubgraph(…)` in its main.ts): turns
 * error reports on when SENTRY_DSN is set (decision 1360), reads its configuration (a bad variable
 * fails here, named), starts it with a logger at the configured level, and stops it on
 * SIGTERM/SIGINT; a failed start is logged as fatal and exits with 1.
 */
export function runSubgraph<Config extends { logLevel: LogLevel }>(
  name: string,
  readConfig: () => Config,
  start: (config: Config, logger: Logger) => Promise<RunningSubgraph>,
): void {
  startErrorReports({ serviceName: name });
  const config = readConfig();
  const logger = createLogger(name, config.logLevel);
  start(config, logger).then(
    (running) => stopOnSignals(running, logger),
    (error: unknown) => {
      logger.fatal({ err: error }, `${name} failed to start`);
      process.exit(1);
    },
  );
}
