import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { testServerUrl } from '../test-support/test-server-url.js';
import { resolveMongo, withMongoDatabase } from './resolve-mongo.js';
import { resolvePostgres } from './resolve-postgres.js';
import { resolveRedis } from './resolve-redis.js';
import { probeMongo } from './probe-mongo.js';
import { migrate } from '../migrations/migrate.js';

/** A port where nothing answers: a server that is listening is closed again before use. */
let closedPort: number;
beforeAll(async () => {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  closedPort = typeof address === 'object' && address ? address.port : 1;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return Boolean((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount);
  } finally {
    await client.end();
  }
}

describe('resolvePostgres', () => {
  it('uses DATABASE_URL as given when it answers, and enforces roles', async () => {
    const choice = await resolvePostgres({ configuredUrl: testServerUrl() });
    expect(choice).toMatchObject({ source: 'environment', url: testServerUrl(), enforcesRoles: true });
    expect(choice.description).toMatch(/PostgreSQL \d+/);
  });

  it('fails with the reason when DATABASE_URL is set but nothing answers', async () => {
    await expect(
      resolvePostgres({ configuredUrl: `postgres://postgres@127.0.0.1:${closedPort}/x` }),
    ).rejects.toThrow(/DATABASE_URL is set but PostgreSQL did not answer/);
  });

  it('uses the local server when one answers, in its own database', async () => {
    const choice = await resolvePostgres({ localUrl: testServerUrl(), localDatabase: 'pyb_resolve_spec' });
    expect(choice.source).toBe('local server');
    expect(new URL(choice.url).pathname).toBe('/pyb_resolve_spec');
    expect(await databaseExists('pyb_resolve_spec')).toBe(true);
    const admin = new pg.Client({ connectionString: testServerUrl() });
    await admin.connect();
    await admin.query('drop database pyb_resolve_spec');
    await admin.end();
  });

  it('gives a scratch database that stop() drops', async () => {
    const choice = await resolvePostgres({ localUrl: testServerUrl(), scratch: true });
    const name = new URL(choice.url).pathname.slice(1);
    expect(name).toMatch(/^pyb_test_[0-9a-f]{12}$/);
    expect(await databaseExists(name)).toBe(true);
    await choice.stop();
    expect(await databaseExists(name)).toBe(false);
  });

  it('falls back to embedded PGlite when no server answers; migrations run there without roles', async () => {
    const choice = await resolvePostgres({
      localUrl: `postgres://postgres@127.0.0.1:${closedPort}/postgres`,
    });
    try {
      expect(choice).toMatchObject({ source: 'embedded', enforcesRoles: false });
      expect(choice.description).toMatch(/no server answered/);
      const dir = await mkdtemp(join(tmpdir(), 'pyb-pglite-'));
      await mkdir(join(dir, '20260101000000_init'));
      await writeFile(
        join(dir, '20260101000000_init/migration.sql'),
        'CREATE TABLE "gamma"."notes" ("id" INT);',
      );
      const service = { service: 'gamma', schema: 'gamma', role: 'pyb_gamma', migrationsDir: dir };
      const result = await migrate({
        adminUrl: choice.url,
        services: [service],
        enforceRoles: false,
        log: () => undefined,
      });
      await rm(dir, { recursive: true, force: true });
      expect(result.applied).toEqual(['gamma/20260101000000_init']);
      // No roles on PGlite: the service connects with the admin URL.
      expect(result.serviceUrls.gamma).toBe(choice.url);
      const client = new pg.Client({ connectionString: choice.url });
      await client.connect();
      const rows = await client.query('select count(*)::int as n from gamma.notes');
      const roles = await client.query("select 1 from pg_roles where rolname = 'pyb_gamma'");
      await client.end();
      expect(rows.rows).toEqual([{ n: 0 }]);
      expect(roles.rowCount).toBe(0);
    } finally {
      await choice.stop();
    }
  });
});

describe('resolveRedis', () => {
  it('uses REDIS_URL as given', async () => {
    expect(await resolveRedis({ configuredUrl: 'redis://cache.internal:6380' })).toMatchObject({
      source: 'environment',
      url: 'redis://cache.internal:6380',
    });
  });

  it('uses the local server when it answers PING', async () => {
    const choice = await resolveRedis();
    expect(choice).toMatchObject({ source: 'local server', url: 'redis://127.0.0.1:6379' });
  });

  it('chooses none (the router keeps state in memory) when nothing answers', async () => {
    const choice = await resolveRedis({ localPort: closedPort });
    expect(choice.source).toBe('none');
    expect(choice.url).toBeUndefined();
    expect(choice.description).toMatch(/in memory/);
  });
});

describe('resolveMongo', () => {
  it('uses MONGODB_URL as given', async () => {
    const choice = await resolveMongo({ configuredUrl: 'mongodb://db.internal:27017/app' });
    expect(choice).toMatchObject({ source: 'environment', url: 'mongodb://db.internal:27017/app' });
  });

  it('falls back to the stand-in, says so, and the stand-in answers', async () => {
    const choice = await resolveMongo({
      localUrl: `mongodb://127.0.0.1:${closedPort}`,
      tryMemoryServer: false,
      standinPort: 0,
    });
    try {
      expect(choice.source).toBe('stand-in');
      expect(choice.description).toMatch(/DEVELOPMENT STAND-IN/);
      expect(choice.url).toMatch(/\/packyourbag$/);
      expect((await probeMongo(choice.url!)).ok).toBe(true);
    } finally {
      await choice.stop();
    }
  });

  it('puts the database into a URL and keeps its options', () => {
    expect(withMongoDatabase('mongodb://h:1', 'db')).toBe('mongodb://h:1/db');
    expect(withMongoDatabase('mongodb://h:1/old?replicaSet=rs0', 'db')).toBe(
      'mongodb://h:1/db?replicaSet=rs0',
    );
  });
});
