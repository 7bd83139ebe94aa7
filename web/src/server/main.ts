import './instrumentation.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import {
  createBrowserEnvelopeTunnel,
  flushErrorReports,
  reportUnexpectedError,
  startErrorReports,
  type BrowserEnvelopeTunnel,
} from '@packyourbag/error-reports';
import { BROWSER_TUNNEL_PATH, registerBrowserReports } from '@packyourbag/error-reports/browser';
import { shutdownTracing } from '@packyourbag/telemetry/start';
import { rewriteForwardingHeaders } from './client-address.js';
import { applySecurityHeaders } from './security-headers.js';
import { readServerOptions } from './server-options.js';

/**
 * How long requests in flight at SIGTERM may still take before their connections are cut: past
 * the router's own subgraph timeout (10 s), inside Kubernetes' 30 s grace period
 * (e2e/container-runtime holds requests open 6 s into the drain).
 */
const SHUTDOWN_DEADLINE_MS = 20_000;

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * The web app's HTTP server: Next's request handler behind one step of our own, which settles the
 * client's address from the socket before any route sees the request (decision 1010). `npm start`,
 * the stack and the container run this instead of `next start`; `npm run dev` runs it with --dev.
 */
async function main(): Promise<void> {
  const reports = startErrorReports({ serviceName: 'web' });
  // The browser reports too, through a same-origin tunnel here that scrubs and forwards (1381).
  let tunnel: BrowserEnvelopeTunnel | undefined;
  if (reports.enabled) {
    registerBrowserReports({
      dsn: reports.dsn,
      tunnelPath: BROWSER_TUNNEL_PATH,
      release: reports.release,
      environment: reports.environment,
      serviceName: 'web-browser',
    });
    tunnel = createBrowserEnvelopeTunnel({ dsn: reports.dsn });
  }
  const options = readServerOptions(process.env, process.argv.slice(2));
  // As `next start` / `next dev` do, before Next and React are loaded (they pick their build by it);
  // an explicit NODE_ENV wins. Next's types make the variable read-only, hence Object.assign.
  if (!process.env.NODE_ENV)
    Object.assign(process.env, { NODE_ENV: options.dev ? 'development' : 'production' });
  // `next` is CommonJS whose typings declare an ES default export: under import() the default is
  // the function itself, which TypeScript (nodenext) types as the whole module.
  const { default: next } = (await import('next')) as unknown as { default: typeof import('next').default };

  // Bound before Next starts, so PORT=0 (the stack's scenario stacks) works: Next is told the
  // port the server got (its middleware builds request URLs with it), and the stack reads it from
  // the line below (decision 1480). A request arriving meanwhile waits for Next.
  let prepared: (handle: RequestHandler) => void = () => undefined;
  const nextHandler = new Promise<RequestHandler>((resolve) => {
    prepared = resolve;
  });
  const server = createServer((request, response) => {
    rewriteForwardingHeaders(request, options.isTrustedProxy);
    applySecurityHeaders(request, response, options);
    if (tunnel && request.url === BROWSER_TUNNEL_PATH) {
      void tunnel(request, response);
      return;
    }
    nextHandler
      .then((handle) => handle(request, response))
      .catch((error: unknown) => {
        console.error('web: request failed', error);
        reportUnexpectedError(error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.hostname, ready);
  });
  const port = (server.address() as AddressInfo).port;

  // Built to dist/server/, run from src/server/ by --dev: the app is two folders up either way.
  const app = next({
    dev: options.dev,
    dir: resolve(__dirname, '../..'),
    hostname: options.hostname,
    port,
  });
  await app.prepare();
  prepared(app.getRequestHandler());
  const proxies = options.trustedProxies.length > 0 ? options.trustedProxies.join(', ') : 'none';
  const mode = options.dev ? 'development' : 'production';
  console.log(
    `web: listening on http://${options.hostname}:${port} (${mode}; trusted front proxies: ${proxies})`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const closed = new Promise<void>((done) => server.close(() => done()));
    // Idle keep-alive connections would hold close() open; busy ones get until the deadline.
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_DEADLINE_MS).unref();
    await closed;
    await app.close();
    // What is still buffered: error reports and the last pages' spans (decision 1350).
    await Promise.all([flushErrorReports(), shutdownTracing()]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
