import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BackupPart } from '../backup/backup-manifest.js';
import { formatBytes } from '../backup/measured-stream.js';
import type { BackupCommands } from '../config/backup-settings.js';
import { spawnCommand } from '../commands/spawn-command.js';
import type { ObjectStore } from '../storage/object-store.js';
import { verifiedDownload } from './verified-download.js';

export interface RestoreMongoOptions {
  store: ObjectStore;
  part: BackupPart;
  mongodbUrl: string;
  commands: BackupCommands;
  log: (line: string) => void;
  label: string;
}

/**
 * mongorestore cannot take back what it wrote, so the archive is downloaded and checked against
 * the manifest first, then restored with `--drop` (each collection replaced by the backup's).
 */
export async function restoreMongo(options: RestoreMongoOptions): Promise<void> {
  const { part, log, label } = options;
  const folder = await mkdtemp(join(tmpdir(), 'pyb-restore-'));
  try {
    const file = join(folder, 'mongodb.archive.gz');
    const download = await verifiedDownload(options.store, part, (bytes) =>
      log(`${label}: ${formatBytes(bytes)} of ${formatBytes(part.bytes)}`),
    );
    await pipeline(download.stream, createWriteStream(file));
    download.verify();
    log(`${label}: archive verified, mongorestore --drop`);
    const restore = spawnCommand(options.commands.mongorestore, [
      `--uri=${options.mongodbUrl}`,
      `--archive=${file}`,
      '--gzip',
      '--drop',
    ]);
    restore.stdin.end();
    restore.stdout.resume();
    await restore.finished;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
