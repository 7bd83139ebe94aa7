import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

export interface MigratedScratchDatabaseOptions {
  /** A service's `prisma/migrations` folder: `<timestamp>_<name>/migration.sql`, applied in order. */
  migrationsDir: string;
  /**
   * An admin URL on the server to create the database on.
   * @default DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres
   */
  serverUrl?: string;
  /** @default 'pyb_unit_' */
  prefix?: string;
}

export interface MigratedScratchDatabase {
  /** The new database's URL, as the admin user. */
  url: string;
  /** Drops it, ending any session still connected. */
  drop(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Spec support: a fresh database on the real server with a service's migrations applied, so each
 * spec file works on its own data and runs never interfere. (The stack's runner adds roles and
 * grants on top; specs run as the admin and test the service code, not the grants.)
 */
export async function createMigratedScratchDatabase(
  options: MigratedScratchDatabaseOptions,
): Promise<MigratedScratchDatabase> {
  const serverUrl =
    options.serverUrl ?? (process.env['DATABASE_ADMIN_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `${options.prefix ?? 'pyb_unit_'}${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${pg.escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const folders = (await readdir(options.migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    await adminQuery(
      url.toString(),
      await readFile(join(options.migrationsDir, folder, 'migration.sql'), 'utf8'),
    );
  }
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
  };
}
