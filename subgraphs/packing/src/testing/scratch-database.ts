import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

// Spec support (not built into dist/ use): a fresh database at the latest migration, dropped afterwards.
const SERVER_URL = process.env['DATABASE_ADMIN_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const MIGRATIONS = join(__dirname, '../../prisma/migrations');

async function adminQuery(sql: string, url = SERVER_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ScratchPackingDatabase {
  /** The database's URL (as the admin user). */
  url: string;
  drop(): Promise<void>;
}

/** A new database `pyb_unit_<random>` on DATABASE_ADMIN_URL's server with every packing migration applied. */
export async function createMigratedDatabase(): Promise<ScratchPackingDatabase> {
  const name = `pyb_unit_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const folders = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  for (const folder of folders.map((entry) => entry.name).sort()) {
    await adminQuery(await readFile(join(MIGRATIONS, folder, 'migration.sql'), 'utf8'), url.toString());
  }
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}
