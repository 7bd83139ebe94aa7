import { Readable } from 'node:stream';
import pg from 'pg';
import type { BackupCommands } from '../config/backup-settings.js';
import { spawnCommand } from '../commands/spawn-command.js';
import type { ObjectStore } from '../storage/object-store.js';
import { backupIdAt } from './backup-id.js';
import { backupFolder, manifestKey, type BackupManifest } from './backup-manifest.js';
import { formatBytes } from './measured-stream.js';
import { uploadCommandOutput } from './upload-command-output.js';

export interface RunBackupOptions {
  store: ObjectStore;
  /** Key prefix (BACKUP_PREFIX). */
  prefix: string;
  /** The backup role's URL (reads every schema). */
  databaseUrl: string;
  /** One dump per service schema. */
  schemas: readonly string[];
  /** Unset: MongoDB is skipped, and the output says so. */
  mongodbUrl?: string;
  commands: BackupCommands;
  /** @default () => new Date() */
  clock?: () => Date;
  /** @default console.log */
  log?: (line: string) => void;
}

/**
 * One backup: `<prefix>/<id>/postgres/<schema>.dump` per schema (pg_dump custom format, all
 * schemas from one exported snapshot so they agree with each other), `<prefix>/<id>/mongodb.archive.gz`
 * (mongodump), then `manifest.json`. On any failure the objects written so far are deleted.
 */
export async function runBackup(options: RunBackupOptions): Promise<BackupManifest> {
  const log = options.log ?? console.log;
  const clock = options.clock ?? (() => new Date());
  const started = clock();
  const id = backupIdAt(started);
  const { store, prefix } = options;
  const steps = options.schemas.length + (options.mongodbUrl ? 1 : 0);
  const written: string[] = [];
  log(`backup ${id}: ${steps} part(s) to ${store.location}/${backupFolder(prefix, id)}`);

  // One snapshot for every schema: the outbox, the events queue and the data they describe are
  // saved as of the same moment (a session holding it open; pg_dump --snapshot joins it).
  const snapshotSession = new pg.Client({ connectionString: options.databaseUrl });
  await snapshotSession.connect();
  try {
    await snapshotSession.query('begin isolation level repeatable read read only');
    const snapshot = await snapshotSession.query<{ id: string }>('select pg_export_snapshot() as id');
    const snapshotId = snapshot.rows[0]!.id;

    const postgres: BackupManifest['postgres'] = [];
    for (const [index, schema] of options.schemas.entries()) {
      const key = `${backupFolder(prefix, id)}postgres/${schema}.dump`;
      const label = `[${index + 1}/${steps}] postgres ${schema}`;
      log(`${label}: pg_dump → ${key}`);
      written.push(key);
      const dump = spawnCommand(options.commands.pgDump, [
        '--format=custom',
        '--no-password',
        `--schema=${schema}`,
        `--snapshot=${snapshotId}`,
        `--dbname=${options.databaseUrl}`,
      ]);
      const part = await uploadCommandOutput(dump, store, key, 'application/octet-stream', (bytes) =>
        log(`${label}: ${formatBytes(bytes)} so far`),
      );
      postgres.push({ schema, key, ...part });
      log(`${label}: ${formatBytes(part.bytes)}, sha256 ${part.sha256.slice(0, 12)}…`);
    }
    await snapshotSession.query('commit');

    let mongodb: BackupManifest['mongodb'] = null;
    if (options.mongodbUrl) {
      const key = `${backupFolder(prefix, id)}mongodb.archive.gz`;
      const label = `[${steps}/${steps}] mongodb`;
      log(`${label}: mongodump → ${key}`);
      written.push(key);
      const dump = spawnCommand(options.commands.mongodump, [
        `--uri=${options.mongodbUrl}`,
        '--archive',
        '--gzip',
      ]);
      const part = await uploadCommandOutput(dump, store, key, 'application/gzip', (bytes) =>
        log(`${label}: ${formatBytes(bytes)} so far`),
      );
      mongodb = { key, ...part };
      log(`${label}: ${formatBytes(part.bytes)}, sha256 ${part.sha256.slice(0, 12)}…`);
    } else {
      log('mongodb: skipped (MONGODB_URL is not set)');
    }

    const manifest: BackupManifest = {
      format: 1,
      id,
      startedAt: started.toISOString(),
      finishedAt: clock().toISOString(),
      postgres,
      mongodb,
    };
    await store.upload(
      manifestKey(prefix, id),
      Readable.from([Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]),
      'application/json',
    );
    const total = postgres.reduce((sum, part) => sum + part.bytes, mongodb?.bytes ?? 0);
    log(`backup ${id}: complete, ${formatBytes(total)} in ${postgres.length + (mongodb ? 1 : 0)} part(s)`);
    return manifest;
  } catch (error) {
    log(`backup ${id}: FAILED, removing its ${written.length} object(s)`);
    await store.remove(written).catch(() => undefined);
    throw error;
  } finally {
    await snapshotSession.end().catch(() => undefined);
  }
}
