import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { createAuthServices, type AuthServices } from '../auth-services.js';
import { createPrismaClient, type AuthDatabase } from '../database/create-prisma-client.js';

/** Spec support: a fresh database at the latest migration, dropped afterwards. */
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

export async function createMigratedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
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

export const ISSUER = 'packyourbag-auth';
export const AUDIENCE = 'packyourbag-api';

/** Every auth service over a scratch database, keys loaded. */
export async function scratchAuth(
  overrides: Partial<Parameters<typeof createAuthServices>[1]> = {},
): Promise<{ url: string; database: AuthDatabase; services: AuthServices; close: () => Promise<void> }> {
  const scratch = await createMigratedDatabase();
  const database = createPrismaClient(scratch.url);
  const services = createAuthServices(database, {
    keyEncryptionKey: randomBytes(32),
    accessTokenTtlSeconds: 900,
    sessionLifetimeDays: 30,
    refreshReuseGraceSeconds: 10,
    guestInactiveDays: 30,
    freeFailuresPerAccount: 5,
    freeFailuresPerIp: 50,
    maxSignInDelaySeconds: 900,
    trust: { issuer: ISSUER, audience: AUDIENCE },
    ...overrides,
  });
  await services.keys.load();
  return {
    url: scratch.url,
    database,
    services,
    close: async () => {
      await database.$disconnect();
      await scratch.drop();
    },
  };
}
