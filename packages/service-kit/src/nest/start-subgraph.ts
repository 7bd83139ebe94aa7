import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { flushErrorReports, startErrorReports } from '@packyourbag/error-reports';
import { shutdownTracing } from '@packyourbag/telemetry/start';
import type { AccessTokenVerifier } from '../caller/access-token-verifier.js';
import type { LogLevel } from '../config/subgraph-config.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createRouterTrustMiddleware } from './router-trust.middleware.js';

export interface StartSubgraphOptions {
  /** The Nest root module (already configured). */
  module: Type<unknown> | ReturnType<typeof Object>;
  host: string;
  port: number;
  logger: Logger;
  routerSecret: string;
  verifyAccessToken: AccessTokenVerifier;
  /**
   * Largest accepted request body.
   * @default '1mb'
   */
  bodyLimit?: string;
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
 * Boots a subgraph the same way everywhere: raw body kept for the router proof, the trust
 * middleware in front of every route, JSON logs, and graceful shutdown on SIGTERM/SIGINT.
 */
export async function startSubgraph(options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const app = await NestFactory.create<NestExpressApplication>(options.module as Type<unknown>, {
    rawBody: true,
    bodyParser: true,
    logger: false,
  });
  app.useBodyParser('json', { limit: options.bodyLimit ?? '1mb' });
  app.disable('x-powered-by');
  app.use(
    createRouterTrustMiddleware({
      routerSecret: options.routerSecret,
      verifyAccessToken: options.verifyAccessToken,
      logger: options.logger,
    }),
  );
  await app.listen(options.port, options.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host}:${port}`;
  options.logger.info({ url }, 'listening');

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
