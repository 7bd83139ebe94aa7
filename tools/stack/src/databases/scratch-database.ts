import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  name: string;
  /** Admin URL pointing at the new database. */
  url: string;
  /** Drops the database, disconnecting anyone still connected. Safe to call twice. */
  drop(): Promise<void>;
}

export interface ScratchDatabaseOptions {
  /**
   * Name prefix; a random suffix makes each run's database its own.
   * @default 'pyb_test_'
   */
  prefix?: string;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh, empty database on the server behind `serverUrl`, for one test run. */
export async function createScratchDatabase(
  serverUrl: string,
  options: ScratchDatabaseOptions = {},
): Promise<ScratchDatabase> {
  const name = `${options.prefix ?? 'pyb_test_'}${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${pg.escapeIdentifier(name)}`);
  let dropping: Promise<void> | undefined;
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop() {
      // WITH (FORCE) (PostgreSQL 13+) ends sessions a crashed service left open.
      dropping ??= adminQuery(serverUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      return dropping;
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  // Connect to the maintenance database: a database cannot be dropped from inside itself.
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
