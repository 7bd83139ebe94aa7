import { createServer, type Socket } from 'node:net';
import { CursorRegistry } from './storage/cursors.js';
import { Store } from './storage/store.js';
import { expireDocuments } from './storage/ttl.js';
import type { MongoStandinLogger, MongoStandinOptions, RunningMongoStandin } from './options.js';
import { serveConnection } from './wire/connection.js';

export const BANNER =
  'mongo-standin is a DEVELOPMENT AND TEST TOOL, not MongoDB: data lives in memory only, ' +
  'transactions are refused, unsupported features fail loudly. Never use it as a production database.';

/** How often idle cursors are reaped and TTL indexes applied (MongoDB's monitors run every minute too). */
const SWEEP_INTERVAL_MS = 60_000;

const consoleLogger: MongoStandinLogger = {
  info: (message) => console.error(message),
  warn: (message) => console.error(message),
  error: (message) => console.error(message),
};

/**
 * Starts an in-memory MongoDB wire-protocol stand-in that the mongodb driver (and so mongoose)
 * connects to with an ordinary `mongodb://` URL. For development and tests only.
 */
export async function startMongoStandin(options: MongoStandinOptions = {}): Promise<RunningMongoStandin> {
  const host = options.host ?? '127.0.0.1';
  const database = options.database ?? 'test';
  const logger = options.logger ?? consoleLogger;
  const store = new Store();
  const cursors = new CursorRegistry();
  const sockets = new Set<Socket>();
  let connectionCount = 0;
  let requestCount = 0;

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    connectionCount += 1;
    serveConnection(socket, {
      context: { store, cursors, connectionId: connectionCount },
      logger,
      nextRequestId: () => (requestCount = (requestCount + 1) % 0x7fffffff),
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('mongo-standin: no TCP address');
  const sweep = setInterval(() => {
    cursors.sweep();
    expireDocuments(store.allCollections(), new Date());
  }, SWEEP_INTERVAL_MS);
  sweep.unref();

  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `mongodb://${urlHost}:${address.port}/${database}`;
  logger.warn(BANNER);
  logger.info(`mongo-standin listening on ${url}`);

  return {
    url,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(sweep);
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
