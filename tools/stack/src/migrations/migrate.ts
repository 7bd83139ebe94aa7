import pg from 'pg';
import { grantServiceRole } from './grants.js';
import { readMigrationFiles, type MigrationFile } from './migration-files.js';
import { allowSetRole, ensureRole } from './roles.js';
import { serviceDatabaseUrl } from './service-database-url.js';

export interface ServiceMigrations {
  /** Name used in progress lines ("auth"). */
  service: string;
  /** The PostgreSQL schema the service owns ("auth"). */
  schema: string;
  /** Role the service connects as ("pyb_auth"). */
  role: string;
  /** Password for that role; none means the server must trust the connection (local development). */
  password?: string;
  /** Folder with `<timestamp>_<name>/migration.sql` subfolders. */
  migrationsDir: string;
}

export interface MigrateOptions {
  /** A URL whose user may create roles and schemas in the target database. */
  adminUrl: string;
  services: readonly ServiceMigrations[];
  /**
   * Owner of every service schema; migrations run as this role.
   * @default 'pyb_migrator'
   */
  migratorRole?: string;
  /**
   * Create roles, run as the migration role and grant per-service rights. Off for PGlite, whose
   * one shared session would leak `SET ROLE` into every other client.
   * @default true
   */
  enforceRoles?: boolean;
  /** @default console.log */
  log?: (line: string) => void;
}

export interface MigrateResult {
  /** `<service>/<migration>` applied by this run. */
  applied: string[];
  /** URL each service connects with, by service name. */
  serviceUrls: Record<string, string>;
}

/** Raised before anything is applied when history on disk and in the database disagree. */
export class MigrationHistoryError extends Error {
  override name = 'MigrationHistoryError';
}

export const MIGRATIONS_TABLE = '_pyb_migrations';
/** Serialises concurrent runs against one database (any constant works; this one spells "pybm"). */
const ADVISORY_LOCK_KEY = 0x7079626d;

interface Plan {
  service: ServiceMigrations;
  files: MigrationFile[];
  applied: Map<string, string>;
}

/**
 * Applies each service's migrations in order, once, as the migration role, each in its own
 * transaction, recorded with a checksum in `<schema>._pyb_migrations`; then grants the service
 * role its data rights. Safe to run repeatedly and concurrently.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const migrator = options.migratorRole ?? 'pyb_migrator';
  const enforceRoles = options.enforceRoles ?? true;
  const client = new pg.Client({ connectionString: options.adminUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    if (enforceRoles) await prepareRoles(client, options.services, migrator);
    for (const { schema } of options.services) await prepareSchema(client, schema, migrator, enforceRoles);

    const plans: Plan[] = [];
    for (const service of options.services) {
      const files = await readMigrationFiles(service.migrationsDir);
      const applied = await appliedMigrations(client, service.schema);
      checkHistory(service, files, applied);
      plans.push({ service, files, applied });
    }

    const total = plans.reduce((sum, plan) => sum + plan.files.length, 0);
    const applied: string[] = [];
    let position = 0;
    for (const { service, files, applied: done } of plans) {
      for (const file of files) {
        position += 1;
        const prefix = `[${position}/${total}] ${service.service}: ${file.name} …`;
        if (done.has(file.name)) {
          log(`${prefix} already applied`);
          continue;
        }
        await applyMigration(client, service.schema, file, enforceRoles ? migrator : undefined);
        applied.push(`${service.service}/${file.name}`);
        log(`${prefix} applied`);
      }
    }
    if (total === 0) log('No migrations found.');

    if (enforceRoles) {
      for (const service of options.services) {
        await grantServiceRole(client, {
          schema: service.schema,
          role: service.role,
          migratorRole: migrator,
          otherSchemas: options.services.filter((other) => other !== service).map((other) => other.schema),
          hiddenTables: [MIGRATIONS_TABLE],
        });
      }
    }

    const serviceUrls = Object.fromEntries(
      options.services.map((service) => [
        service.service,
        enforceRoles
          ? serviceDatabaseUrl(options.adminUrl, service.role, service.password)
          : options.adminUrl,
      ]),
    );
    return { applied, serviceUrls };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function prepareRoles(client: pg.Client, services: readonly ServiceMigrations[], migrator: string) {
  await ensureRole(client, { name: migrator, login: false });
  await allowSetRole(client, migrator);
  for (const service of services) {
    await ensureRole(client, { name: service.role, login: true, password: service.password });
  }
  // Prisma's multiSchema migrations start with CREATE SCHEMA IF NOT EXISTS, which PostgreSQL
  // checks against the database's CREATE right even when the schema exists.
  await client.query(
    `grant create on database ${pg.escapeIdentifier(await currentDatabase(client))} to ${pg.escapeIdentifier(migrator)}`,
  );
  // PostgreSQL 15 already denies this by default; older servers let every role create in public.
  await client.query('revoke create on schema public from public');
}

async function currentDatabase(client: pg.Client): Promise<string> {
  const result = await client.query<{ db: string }>('select current_database() as db');
  return result.rows[0]!.db;
}

async function prepareSchema(client: pg.Client, schema: string, migrator: string, enforceRoles: boolean) {
  const name = pg.escapeIdentifier(schema);
  if (enforceRoles) {
    await client.query(`create schema if not exists ${name} authorization ${pg.escapeIdentifier(migrator)}`);
    await client.query(`alter schema ${name} owner to ${pg.escapeIdentifier(migrator)}`);
  } else {
    await client.query(`create schema if not exists ${name}`);
  }
  await inTransaction(client, enforceRoles ? migrator : undefined, async () => {
    await client.query(
      `create table if not exists ${name}.${pg.escapeIdentifier(MIGRATIONS_TABLE)} (
         name text primary key,
         checksum text not null,
         applied_at timestamptz not null default now()
       )`,
    );
  });
}

async function appliedMigrations(client: pg.Client, schema: string): Promise<Map<string, string>> {
  const result = await client.query<{ name: string; checksum: string }>(
    `select name, checksum from ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(MIGRATIONS_TABLE)} order by name`,
  );
  return new Map(result.rows.map((row) => [row.name, row.checksum]));
}

function checkHistory(
  service: ServiceMigrations,
  files: MigrationFile[],
  applied: Map<string, string>,
): void {
  const onDisk = new Map(files.map((file) => [file.name, file.checksum]));
  for (const [name, checksum] of applied) {
    const current = onDisk.get(name);
    if (current === undefined) {
      throw new MigrationHistoryError(
        `${service.service}: migration ${name} was applied to this database but its folder is missing from ${service.migrationsDir}.`,
      );
    }
    if (current !== checksum) {
      throw new MigrationHistoryError(
        `${service.service}: migration ${name} was changed after it was applied (checksum ${checksum.slice(0, 12)} in the database, ` +
          `${current.slice(0, 12)} on disk). Applied migrations are immutable: revert the edit and add a new migration.`,
      );
    }
  }
}

async function applyMigration(
  client: pg.Client,
  schema: string,
  file: MigrationFile,
  role: string | undefined,
) {
  await inTransaction(client, role, async () => {
    await client.query(file.sql);
    await client.query(
      `insert into ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(MIGRATIONS_TABLE)} (name, checksum) values ($1, $2)`,
      [file.name, file.checksum],
    );
  });
}

/** BEGIN, optionally SET LOCAL ROLE (undone by COMMIT/ROLLBACK), work, COMMIT; ROLLBACK on error. */
async function inTransaction(client: pg.Client, role: string | undefined, work: () => Promise<void>) {
  await client.query('begin');
  try {
    if (role) await client.query(`set local role ${pg.escapeIdentifier(role)}`);
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
