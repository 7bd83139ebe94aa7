import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../databases/index.js';
import { testServerUrl } from '../test-support/test-server-url.js';
import { migrate, MigrationHistoryError, type ServiceMigrations } from './migrate.js';

// Roles are cluster-wide: every run uses its own names and drops them at the end.
const suffix = randomBytes(4).toString('hex');
const migrator = `pyb_t${suffix}_migrator`;
const roles = { alpha: `pyb_t${suffix}_alpha`, beta: `pyb_t${suffix}_beta` };
const databases: ScratchDatabase[] = [];
const folders: string[] = [];

async function freshDatabase(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase(testServerUrl());
  databases.push(database);
  return database;
}

async function migrationsFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pyb-migrations-'));
  folders.push(dir);
  await writeMigrations(dir, files);
  return dir;
}

async function writeMigrations(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, 'migration.sql'), sql);
  }
}

async function services(alphaFiles: Record<string, string>, betaFiles: Record<string, string> = {}) {
  const alpha: ServiceMigrations = {
    service: 'alpha',
    schema: 'alpha',
    role: roles.alpha,
    migrationsDir: await migrationsFolder(alphaFiles),
  };
  const beta: ServiceMigrations = {
    service: 'beta',
    schema: 'beta',
    role: roles.beta,
    migrationsDir: await migrationsFolder(betaFiles),
  };
  return [alpha, beta];
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (error as { code?: string }).code,
  );
}

const ALPHA_INIT = `CREATE SCHEMA IF NOT EXISTS "alpha";
CREATE TABLE "alpha"."things" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);`;
const BETA_INIT = `CREATE SCHEMA IF NOT EXISTS "beta";
CREATE TABLE "beta"."secrets" ("id" INTEGER PRIMARY KEY, "value" TEXT NOT NULL);
INSERT INTO "beta"."secrets" VALUES (1, 'beta only');`;

afterAll(async () => {
  for (const database of databases) await database.drop();
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
  await withClient(testServerUrl(), async (client) => {
    for (const role of [roles.alpha, roles.beta, migrator]) {
      await client.query(`drop role if exists ${pg.escapeIdentifier(role)}`);
    }
  });
});

describe('migrate', () => {
  let lines: string[];
  const log = (line: string) => lines.push(line);
  beforeEach(() => {
    lines = [];
  });

  it('applies every migration once, in order, with progress lines, and records checksums', async () => {
    const database = await freshDatabase();
    const list = await services(
      {
        '20260101000000_init': ALPHA_INIT,
        '20260102000000_more': 'ALTER TABLE "alpha"."things" ADD COLUMN "note" TEXT;',
      },
      { '20260101000000_init': BETA_INIT },
    );

    const first = await migrate({ adminUrl: database.url, services: list, migratorRole: migrator, log });
    expect(first.applied).toEqual([
      'alpha/20260101000000_init',
      'alpha/20260102000000_more',
      'beta/20260101000000_init',
    ]);
    expect(lines).toEqual([
      '[1/3] alpha: 20260101000000_init … applied',
      '[2/3] alpha: 20260102000000_more … applied',
      '[3/3] beta: 20260101000000_init … applied',
    ]);

    lines = [];
    const second = await migrate({ adminUrl: database.url, services: list, migratorRole: migrator, log });
    expect(second.applied).toEqual([]);
    expect(lines[0]).toBe('[1/3] alpha: 20260101000000_init … already applied');

    const recorded = await withClient(database.url, (client) =>
      client.query<{ name: string; checksum: string }>(
        'select name, checksum from alpha._pyb_migrations order by name',
      ),
    );
    expect(recorded.rows.map((row) => row.name)).toEqual(['20260101000000_init', '20260102000000_more']);
    expect(recorded.rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    const owner = await withClient(database.url, (client) =>
      client.query<{ tableowner: string }>(
        "select tableowner from pg_tables where schemaname = 'alpha' and tablename = 'things'",
      ),
    );
    expect(owner.rows[0]?.tableowner).toBe(migrator);
  });

  it('gives a service role data rights on its own schema and nothing else', async () => {
    const database = await freshDatabase();
    const list = await services({ '20260101000000_init': ALPHA_INIT }, { '20260101000000_init': BETA_INIT });
    const { serviceUrls } = await migrate({
      adminUrl: database.url,
      services: list,
      migratorRole: migrator,
      log,
    });
    expect(new URL(serviceUrls.alpha!).username).toBe(roles.alpha);

    await withClient(serviceUrls.alpha!, async (client) => {
      await client.query(`insert into alpha.things (name) values ('tent')`);
      await client.query(`update alpha.things set name = 'tarp'`);
      expect((await client.query('select name from alpha.things')).rows).toEqual([{ name: 'tarp' }]);
      await client.query('delete from alpha.things');
      // 42501 insufficient_privilege everywhere else.
      expect(await sqlState(client.query('select * from beta.secrets'))).toBe('42501');
      expect(await sqlState(client.query('create table alpha.extra (id int)'))).toBe('42501');
      expect(await sqlState(client.query('create table public.extra (id int)'))).toBe('42501');
      expect(await sqlState(client.query('create schema sneaky'))).toBe('42501');
      expect(await sqlState(client.query('drop table alpha.things'))).toBe('42501');
      expect(await sqlState(client.query('select * from alpha._pyb_migrations'))).toBe('42501');
    });
  });

  it('grants rights on tables that later migrations create', async () => {
    const database = await freshDatabase();
    const list = await services({ '20260101000000_init': ALPHA_INIT });
    await migrate({ adminUrl: database.url, services: list, migratorRole: migrator, log });
    await writeMigrations(list[0]!.migrationsDir, {
      '20260103000000_lists': 'CREATE TABLE "alpha"."lists" ("id" SERIAL PRIMARY KEY);',
    });
    const { serviceUrls, applied } = await migrate({
      adminUrl: database.url,
      services: list,
      migratorRole: migrator,
      log,
    });
    expect(applied).toEqual(['alpha/20260103000000_lists']);
    await withClient(serviceUrls.alpha!, async (client) => {
      await client.query('insert into alpha.lists default values');
      expect((await client.query('select count(*)::int as n from alpha.lists')).rows).toEqual([{ n: 1 }]);
    });
  });

  it('refuses to run when an applied migration was edited, before applying anything new', async () => {
    const database = await freshDatabase();
    const list = await services({ '20260101000000_init': ALPHA_INIT });
    await migrate({ adminUrl: database.url, services: list, migratorRole: migrator, log });
    await writeMigrations(list[0]!.migrationsDir, {
      '20260101000000_init': `${ALPHA_INIT}\n-- edited`,
      '20260104000000_next': 'CREATE TABLE "alpha"."next" ("id" INT);',
    });

    const run = migrate({ adminUrl: database.url, services: list, migratorRole: migrator, log });
    await expect(run).rejects.toBeInstanceOf(MigrationHistoryError);
    await expect(run).rejects.toThrow(/20260101000000_init was changed after it was applied/);
    const next = await withClient(database.url, (client) =>
      client.query("select to_regclass('alpha.next') as t"),
    );
    expect(next.rows[0]).toEqual({ t: null });
  });

  it('rolls back a failing migration completely and does not record it', async () => {
    const database = await freshDatabase();
    const list = await services({
      '20260101000000_init': ALPHA_INIT,
      '20260102000000_broken': 'CREATE TABLE "alpha"."half" ("id" INT);\nSELECT * FROM "alpha"."missing";',
    });
    await expect(
      migrate({ adminUrl: database.url, services: list, migratorRole: migrator, log }),
    ).rejects.toThrow(/missing/);
    await withClient(database.url, async (client) => {
      expect((await client.query("select to_regclass('alpha.half') as t")).rows[0]).toEqual({ t: null });
      const names = await client.query<{ name: string }>('select name from alpha._pyb_migrations');
      expect(names.rows.map((row) => row.name)).toEqual(['20260101000000_init']);
    });
  });

  it('survives concurrent runs on one database and on several (role creation races)', async () => {
    const [one, two] = [await freshDatabase(), await freshDatabase()];
    const list = await services({ '20260101000000_init': ALPHA_INIT }, { '20260101000000_init': BETA_INIT });
    const runs = await Promise.all(
      [one, one, two, two].map((database) =>
        migrate({ adminUrl: database.url, services: list, migratorRole: migrator, log: () => undefined }),
      ),
    );
    const appliedPerRun = runs.map((run) => run.applied.length).sort();
    expect(appliedPerRun).toEqual([0, 0, 2, 2]);
  });

  it('puts the role password into the service URL when one is configured', async () => {
    const database = await freshDatabase();
    const [alpha] = await services({ '20260101000000_init': ALPHA_INIT });
    const { serviceUrls } = await migrate({
      adminUrl: database.url,
      services: [{ ...alpha!, password: 'p@ss word' }],
      migratorRole: migrator,
      log,
    });
    const url = new URL(serviceUrls.alpha!);
    expect(decodeURIComponent(url.password)).toBe('p@ss word');
    await withClient(serviceUrls.alpha!, (client) => client.query('select 1 from alpha.things'));
  });
});
