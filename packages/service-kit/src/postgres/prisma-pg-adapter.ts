import { PrismaPg } from '@prisma/adapter-pg';

export interface PrismaPgAdapterOptions {
  /**
   * Connections in the service's pool.
   * @default 10
   */
  maxConnections?: number;
}

/** The node-postgres driver adapter Prisma's JS engine runs on (no Rust query engine here). */
export function prismaPgAdapter(databaseUrl: string, options: PrismaPgAdapterOptions = {}): PrismaPg {
  return new PrismaPg({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
}
