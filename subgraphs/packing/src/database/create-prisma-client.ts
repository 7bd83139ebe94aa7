import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { createCountingPool } from '../statements/statement-tally.js';

export type PackingDatabase = PrismaClient;

export interface PrismaClientOptions {
  /** @default 10 */
  maxConnections?: number;
}

/** The Prisma client on a pool that tallies statements per request (see statement-tally.ts). */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PackingDatabase {
  const pool = createCountingPool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
