/**
 * Whether an error means "a store or another service is unreachable right now" — an outage, which
 * a caller should retry — rather than a bug or the caller's mistake. Recognised by name and code,
 * without importing the drivers: Prisma (with or without a driver adapter), node-postgres and
 * PostgreSQL's own SQLSTATEs, MongoDB's driver, and Node's network errors. The whole cause chain
 * (`originalError`, `cause`, Prisma's `meta.driverAdapterError`) is searched.
 */
export function isUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (looksUnavailable(current as ErrorLike)) return true;
    const { originalError, cause, meta } = current as ErrorLike;
    queue.push(originalError, cause, meta?.driverAdapterError);
  }
  return false;
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  originalError?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/**
 * Prisma: can't reach, timed out, connection closed, pool exhausted, and P2028 — a transaction
 * that could not start in time, expired, or lost its connection (a PostgreSQL restart under load
 * ends an implicit transaction as "Transaction already closed", no cause attached; decision 1400).
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
/** Prisma driver-adapter error kinds that are outages. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
/** Node's network errors. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);
/** PostgreSQL: shutting down, starting up, too many connections (class 08 is checked apart). */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const MONGO_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongooseServerSelectionError',
]);

function looksUnavailable(error: ErrorLike): boolean {
  const name = typeof error.name === 'string' ? error.name : '';
  const code = typeof error.code === 'string' ? error.code : '';
  if (name === 'PrismaClientInitializationError') return true;
  if (name.startsWith('PrismaClient') && PRISMA_CODES.has(code)) return true;
  // Prisma's adapter kinds; an adapter error of kind `postgres` carries its SQLSTATE in `code`.
  if (typeof error.kind === 'string' && ADAPTER_KINDS.has(error.kind)) return true;
  if (NETWORK_CODES.has(code)) return true;
  if (isPostgresOutage(code)) return true;
  if (MONGO_NAMES.has(name)) return true;
  // node-postgres when the server goes away mid-query.
  const message = typeof error.message === 'string' ? error.message : '';
  return /^Connection terminated( unexpectedly| due to connection timeout)?$/.test(message);
}

function isPostgresOutage(code: string): boolean {
  return POSTGRES_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}
