import type { StoreChoice } from './choice.js';
import { resolveMongo, STANDIN_NOTICE } from './resolve-mongo.js';
import { resolvePostgres, type PostgresChoice } from './resolve-postgres.js';
import { resolveRedis } from './resolve-redis.js';

export interface Infrastructure {
  postgres: PostgresChoice;
  redis: StoreChoice;
  mongo: StoreChoice;
  /** Stops what was started here (stand-in, then PGlite); external servers are left alone. */
  stop(): Promise<void>;
}

export interface ResolveInfrastructureOptions {
  /** Where DATABASE_URL, REDIS_URL and MONGODB_URL are read from. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * New, empty databases for this run that `stop()` removes (tests). Off: the shared
   * `packyourbag` databases and, for PGlite, `pgliteDataDir`.
   * @default false
   */
  scratch?: boolean;
  /**
   * Ignore environment URLs and local servers: PGlite, no Redis, and the Mongo stand-in (or
   * memory server). What a machine with nothing installed gets.
   * @default false
   */
  embeddedOnly?: boolean;
  /** PGlite data folder; undefined keeps the embedded database in memory. */
  pgliteDataDir?: string;
  /** @default 0 (a free port) */
  pglitePort?: number;
  /** @default 27018 */
  standinPort?: number;
  /** Database name on a local or embedded MongoDB. @default 'packyourbag' */
  mongoDatabase?: string;
  /** Database name on the local PostgreSQL server. @default 'packyourbag' */
  postgresDatabase?: string;
  /** Receives one line per decision. @default console.log */
  log?: (line: string) => void;
}

/** Chooses PostgreSQL, Redis and MongoDB for this run and says which it chose. */
export async function resolveInfrastructure(
  options: ResolveInfrastructureOptions = {},
): Promise<Infrastructure> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const postgres = await resolvePostgres({
    configuredUrl: env.DATABASE_URL || undefined,
    localDatabase: options.postgresDatabase,
    embeddedDataDir: options.scratch ? undefined : options.pgliteDataDir,
    scratch: options.scratch,
    embeddedOnly: options.embeddedOnly,
    embeddedPort: options.pglitePort,
  });
  log(`PostgreSQL: ${postgres.description}`);
  if (!postgres.enforcesRoles) {
    log(
      'PostgreSQL: embedded PGlite has one shared session, so the per-service roles are not enforced here.',
    );
  }
  try {
    const redis = await resolveRedis({
      configuredUrl: env.REDIS_URL || undefined,
      embeddedOnly: options.embeddedOnly,
    });
    log(`Redis: ${redis.description}`);
    const mongo = await resolveMongo({
      configuredUrl: env.MONGODB_URL || undefined,
      standinPort: options.scratch ? 0 : options.standinPort,
      scratch: options.scratch,
      embeddedOnly: options.embeddedOnly,
      database: options.mongoDatabase,
    });
    log(`MongoDB: ${mongo.description}`);
    if (mongo.source === 'stand-in') log(STANDIN_NOTICE);
    return {
      postgres,
      redis,
      mongo,
      async stop() {
        await mongo.stop();
        await redis.stop();
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop().catch(() => undefined);
    throw error;
  }
}
