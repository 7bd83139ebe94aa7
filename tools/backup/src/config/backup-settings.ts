import type { RetentionPolicy } from '../retention/plan-retention.js';
import type { ScheduleTime } from '../schedule/next-run.js';
import { SettingsError } from './settings-error.js';

export interface S3Settings {
  /** S3_ENDPOINT: e.g. `http://minio:9000`; unset means AWS S3 itself. */
  endpoint?: string;
  /** S3_REGION. @default 'us-east-1' */
  region: string;
  /** S3_BUCKET. */
  bucket: string;
  /** S3_ACCESS_KEY_ID. */
  accessKeyId: string;
  /** S3_SECRET_ACCESS_KEY. */
  secretAccessKey: string;
  /** S3_FORCE_PATH_STYLE: `bucket` in the path, as MinIO and most S3-compatible servers want. @default true */
  forcePathStyle: boolean;
  /** BACKUP_PREFIX: key prefix of every backup, so one bucket can hold several installations. @default 'packyourbag' */
  prefix: string;
}

/** The external programs used; names on PATH or absolute paths (BACKUP_PG_DUMP, …). */
export interface BackupCommands {
  pgDump: string;
  pgRestore: string;
  psql: string;
  mongodump: string;
  mongorestore: string;
}

export interface BackupSettings {
  s3: S3Settings;
  /** DATABASE_URL: the backup role (`pyb_backup`) for backups; an admin URL for restores. */
  databaseUrl: string;
  /** BACKUP_PG_SCHEMAS: one dump per service schema. @default ['auth', 'packing', 'events'] */
  schemas: string[];
  /** MONGODB_URL: the preferences database; unset skips MongoDB (said so in the output). */
  mongodbUrl?: string;
  /** BACKUP_TIMES_UTC: comma-separated `HH:MM` (UTC) of each day. @default ['03:00'] */
  times: ScheduleTime[];
  /** BACKUP_KEEP_DAYS and BACKUP_KEEP_AT_LEAST. @default { keepDays: 14, keepAtLeast: 7 } */
  retention: RetentionPolicy;
  commands: BackupCommands;
}

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingsError(`${name} is required (see tools/backup/README.md)`);
  return value;
}

function wholeNumber(env: Env, name: string, fallback: number, minimum: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < minimum) {
    throw new SettingsError(`${name} must be a whole number >= ${minimum}, got "${raw}"`);
  }
  return Number(raw);
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new SettingsError(`${name} must be true or false, got "${raw}"`);
}

export function parseScheduleTimes(raw: string, name = 'BACKUP_TIMES_UTC'): ScheduleTime[] {
  const times = raw.split(',').map((part) => part.trim());
  return times.map((time) => {
    const match = /^(\d{2}):(\d{2})$/.exec(time);
    const hour = Number(match?.[1]);
    const minute = Number(match?.[2]);
    if (!match || hour > 23 || minute > 59) {
      throw new SettingsError(`${name} must be comma-separated HH:MM times (UTC), got "${raw}"`);
    }
    return { hour, minute };
  });
}

function schemas(env: Env): string[] {
  const raw = env.BACKUP_PG_SCHEMAS?.trim() || 'auth,packing,events';
  const list = raw.split(',').map((schema) => schema.trim());
  for (const schema of list) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new SettingsError(`BACKUP_PG_SCHEMAS must list schema names (a-z, 0-9, _), got "${raw}"`);
    }
  }
  return list;
}

/** Reads and checks every setting once at start-up; a bad one stops the command with its name. */
export function readBackupSettings(env: Env = process.env): BackupSettings {
  return {
    s3: {
      endpoint: env.S3_ENDPOINT?.trim() || undefined,
      region: env.S3_REGION?.trim() || 'us-east-1',
      bucket: required(env, 'S3_BUCKET'),
      accessKeyId: required(env, 'S3_ACCESS_KEY_ID'),
      secretAccessKey: required(env, 'S3_SECRET_ACCESS_KEY'),
      forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', true),
      prefix: (env.BACKUP_PREFIX?.trim() || 'packyourbag').replace(/\/+$/, ''),
    },
    databaseUrl: required(env, 'DATABASE_URL'),
    schemas: schemas(env),
    mongodbUrl: env.MONGODB_URL?.trim() || undefined,
    times: parseScheduleTimes(env.BACKUP_TIMES_UTC?.trim() || '03:00'),
    retention: {
      keepDays: wholeNumber(env, 'BACKUP_KEEP_DAYS', 14, 0),
      keepAtLeast: wholeNumber(env, 'BACKUP_KEEP_AT_LEAST', 7, 1),
    },
    commands: {
      pgDump: env.BACKUP_PG_DUMP?.trim() || 'pg_dump',
      pgRestore: env.BACKUP_PG_RESTORE?.trim() || 'pg_restore',
      psql: env.BACKUP_PSQL?.trim() || 'psql',
      mongodump: env.BACKUP_MONGODUMP?.trim() || 'mongodump',
      mongorestore: env.BACKUP_MONGORESTORE?.trim() || 'mongorestore',
    },
  };
}
