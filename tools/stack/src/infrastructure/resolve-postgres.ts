import pg from 'pg';
import { createScratchDatabase, withDatabase } from '../databases/scratch-database.js';
import { nothingToStop, redactUrl, type StoreChoice } from './choice.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { probePostgres, type ProbeResult } from './probe-postgres.js';

export interface PostgresChoice extends StoreChoice {
  url: string;
  /** False on PGlite: one shared session, so per-service roles cannot be enforced. */
  enforcesRoles: boolean;
}

export interface ResolvePostgresOptions {
  /** An admin URL (DATABASE_URL); used as given when set. */
  configuredUrl?: string;
  /**
   * Where to look for a server on this machine; its `postgres` user must log in without a password.
   * @default 'postgres://postgres@127.0.0.1:5432/postgres'
   */
  localUrl?: string;
  /**
   * Database the stack uses on the local server (created when missing).
   * @default 'packyourbag'
   */
  localDatabase?: string;
  /**
   * Skip DATABASE_URL and the local server: always embedded PGlite (offline demos, tests of the
   * embedded path).
   * @default false
   */
  embeddedOnly?: boolean;
  /** PGlite's data folder; undefined keeps the embedded database in memory. */
  embeddedDataDir?: string;
  /**
   * Use a new database for this run (tests): `pyb_test_<random>` on a real server, dropped by
   * `stop()`; on PGlite the in-memory database is new anyway.
   * @default false
   */
  scratch?: boolean;
  /**
   * Port for the embedded server; 0 picks a free one.
   * @default 0
   */
  embeddedPort?: number;
}

/** DATABASE_URL if set, else the local server if it answers, else PGlite served over the wire. */
export async function resolvePostgres(options: ResolvePostgresOptions = {}): Promise<PostgresChoice> {
  if (options.configuredUrl && !options.embeddedOnly) {
    const probe = await probePostgres(options.configuredUrl);
    if (!probe.ok) {
      throw new Error(
        `DATABASE_URL is set but PostgreSQL did not answer at ${redactUrl(options.configuredUrl)}: ${probe.reason}`,
      );
    }
    if (options.scratch)
      return scratchOn('environment', options.configuredUrl, `DATABASE_URL server (${probe.detail})`);
    return {
      source: 'environment',
      url: options.configuredUrl,
      enforcesRoles: true,
      description: `DATABASE_URL ${redactUrl(options.configuredUrl)} (${probe.detail})`,
      stop: nothingToStop,
    };
  }

  const localUrl = options.localUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const probe: ProbeResult = options.embeddedOnly
    ? { ok: false, reason: 'embedded stores requested' }
    : await probePostgres(localUrl);
  if (probe.ok && options.scratch)
    return scratchOn('local server', localUrl, `local server (${probe.detail})`);
  if (probe.ok) {
    const database = options.localDatabase ?? 'packyourbag';
    await ensureDatabase(localUrl, database);
    const url = withDatabase(localUrl, database);
    return {
      source: 'local server',
      url,
      enforcesRoles: true,
      description: `local server ${redactUrl(url)} (${probe.detail})`,
      stop: nothingToStop,
    };
  }

  const embedded = await startEmbeddedPostgres({
    dataDir: options.embeddedDataDir,
    port: options.embeddedPort ?? 0,
  });
  const where = options.embeddedDataDir ? `data in ${options.embeddedDataDir}` : 'in memory';
  const why =
    probe.ok || options.embeddedOnly
      ? 'embedded stores requested'
      : `no server answered at ${redactUrl(localUrl)}: ${probe.reason}`;
  return {
    source: 'embedded',
    url: embedded.url,
    enforcesRoles: false,
    description: `embedded PGlite at ${embedded.url} (${where}; ${why})`,
    stop: embedded.stop,
  };
}

async function scratchOn(
  source: 'environment' | 'local server',
  serverUrl: string,
  what: string,
): Promise<PostgresChoice> {
  const scratch = await createScratchDatabase(serverUrl);
  return {
    source,
    url: scratch.url,
    enforcesRoles: true,
    description: `scratch database ${scratch.name} on the ${what}, dropped on stop`,
    stop: scratch.drop,
  };
}

/** Creates `database` unless it exists; tolerates another process creating it at the same moment. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount) return;
    await client.query(`create database ${pg.escapeIdentifier(database)}`).catch((error: unknown) => {
      // 42P04 duplicate_database, 23505 when two CREATE DATABASE race on the catalog index.
      const code = (error as { code?: string }).code;
      if (code !== '42P04' && code !== '23505') throw error;
    });
  } finally {
    await client.end();
  }
}
