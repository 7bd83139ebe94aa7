/**
 * `npm run backup -- <command>` (and the backup container's entry point):
 *   backup                       one backup now, then prune by the retention policy
 *   schedule                     backup + prune at each BACKUP_TIMES_UTC, until SIGTERM
 *   restore <id|latest> [parts]  restore a backup (parts: schema names and/or mongodb; default all)
 *   list                         the backups in the bucket
 *   prune                        apply the retention policy now
 *   create-bucket                create S3_BUCKET unless it exists
 * Settings come from the environment (tools/backup/README.md).
 */
import { runBackup } from '../backup/run-backup.js';
import { formatBytes } from '../backup/measured-stream.js';
import { readBackupSettings, type BackupSettings } from '../config/backup-settings.js';
import { runRestore } from '../restore/run-restore.js';
import { listBackups } from '../retention/list-backups.js';
import { pruneBackups } from '../retention/prune-backups.js';
import { runSchedule } from '../schedule/run-schedule.js';
import { createS3ObjectStore } from '../storage/s3-object-store.js';
import type { ObjectStore } from '../storage/object-store.js';

const USAGE =
  'usage: backup <backup | schedule | restore <id|latest> [parts…] | list | prune | create-bucket>';

async function backupAndPrune(settings: BackupSettings, store: ObjectStore): Promise<void> {
  await runBackup({
    store,
    prefix: settings.s3.prefix,
    databaseUrl: settings.databaseUrl,
    schemas: settings.schemas,
    mongodbUrl: settings.mongodbUrl,
    commands: settings.commands,
  });
  await pruneBackups({ store, prefix: settings.s3.prefix, policy: settings.retention });
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (!command || command === '--help') {
    console.log(USAGE);
    return;
  }
  const settings = readBackupSettings();
  const store = createS3ObjectStore(settings.s3);
  switch (command) {
    case 'create-bucket': {
      const outcome = await store.ensureBucket();
      console.log(`${store.location}: ${outcome === 'created' ? 'created' : 'already there'}`);
      return;
    }
    case 'backup':
      return backupAndPrune(settings, store);
    case 'schedule': {
      const stop = new AbortController();
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());
      const times = settings.times.map(
        (t) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`,
      );
      console.log(`schedule: backups at ${times.join(', ')} UTC to ${store.location}/${settings.s3.prefix}/`);
      return runSchedule({
        times: settings.times,
        job: () => backupAndPrune(settings, store),
        signal: stop.signal,
      });
    }
    case 'restore': {
      const [backupId, ...parts] = rest;
      if (!backupId)
        throw new Error(`restore needs a backup id or "latest" (npm run backup -- list)\n${USAGE}`);
      await runRestore({
        store,
        prefix: settings.s3.prefix,
        backupId,
        databaseUrl: settings.databaseUrl,
        mongodbUrl: settings.mongodbUrl,
        only: parts.length > 0 ? parts : undefined,
        commands: settings.commands,
      });
      return;
    }
    case 'list': {
      const backups = await listBackups(store, settings.s3.prefix);
      for (const backup of backups) {
        console.log(
          `${backup.id}  ${backup.complete ? 'complete  ' : 'INCOMPLETE'}  ${formatBytes(backup.bytes)}`,
        );
      }
      console.log(`${backups.length} backup(s) in ${store.location}/${settings.s3.prefix}/`);
      return;
    }
    case 'prune':
      await pruneBackups({ store, prefix: settings.s3.prefix, policy: settings.retention });
      return;
    default:
      throw new Error(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
