import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { retryReadsOnce } from './retry-reads.js';

export interface PrismaPgAdapterOptions {
  /**
   * Connections in the service's pool.
   * @default 10
   */
  maxConnections?: number;
}

/**
 * The node-postgres driver adapter Prisma's JS engine runs on (no Rust query engine here), on a
 * pool whose plain reads are retried once across a database restart (retry-reads.ts).
 */
export function prismaPgAdapter(databaseUrl: string, options: PrismaPgAdapterOptions = {}): PrismaPg {
  const pool = retryReadsOnce(
    new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 }),
  );
  // Without a listener, an idle connection's error (a database restart) would crash the process;
  // the pool drops that connection and opens another on the next query.
  pool.on('error', () => undefined);
  // The pool listens only to idle connections: one the adapter holds for a transaction has no
  // listener, and its error (the database restarting mid-transaction) would end the process too.
  // The transaction's query fails instead; the pool then destroys the connection (decision 1400).
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new PrismaPg(pool, { disposeExternalPool: true });
}
