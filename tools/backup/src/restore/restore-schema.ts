import { finished } from 'node:stream/promises';
import type { BackupManifest } from '../backup/backup-manifest.js';
import { formatBytes } from '../backup/measured-stream.js';
import type { BackupCommands } from '../config/backup-settings.js';
import { spawnCommand } from '../commands/spawn-command.js';
import type { ObjectStore } from '../storage/object-store.js';
import { verifiedDownload } from './verified-download.js';

export interface RestoreSchemaOptions {
  store: ObjectStore;
  part: BackupManifest['postgres'][number];
  /** Admin URL: the restore drops and creates the schema and sets owners and grants. */
  databaseUrl: string;
  commands: BackupCommands;
  log: (line: string) => void;
  label: string;
}

/**
 * Replaces one schema with its dump, all or nothing: `DROP SCHEMA … CASCADE` and the dump's SQL
 * (pg_restore turns the archive into SQL) run in one psql transaction, which commits only after the
 * download matched the manifest's checksum and pg_restore succeeded; otherwise psql is stopped
 * and the database is left as it was.
 */
export async function restoreSchema(options: RestoreSchemaOptions): Promise<void> {
  const { part, log, label } = options;
  const download = await verifiedDownload(options.store, part, (bytes) =>
    log(`${label}: ${formatBytes(bytes)} of ${formatBytes(part.bytes)}`),
  );
  const psql = spawnCommand(options.commands.psql, [
    '--no-psqlrc',
    '--quiet',
    '--no-password',
    '--single-transaction',
    '--set=ON_ERROR_STOP=1',
    `--dbname=${options.databaseUrl}`,
  ]);
  const toSql = spawnCommand(options.commands.pgRestore, ['--file=-']);
  psql.stdout.resume();
  // psql stopping before its input is complete (a failed statement under ON_ERROR_STOP) must end
  // the restore at once, or pg_restore would wait forever to write the rest.
  let inputComplete = false;
  const psqlStoppedEarly = new Promise<never>((_, reject) => {
    psql.finished.then(
      () => !inputComplete && reject(new Error('psql stopped before the dump was complete')),
      (error: unknown) => !inputComplete && reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
  psqlStoppedEarly.catch(() => undefined);
  psql.stdin.write(`DROP SCHEMA IF EXISTS "${part.schema}" CASCADE;\n`);
  toSql.stdout.pipe(psql.stdin, { end: false });
  download.stream.pipe(toSql.stdin);
  try {
    await Promise.race([
      Promise.all([toSql.finished, finished(download.stream), finished(toSql.stdout)]),
      psqlStoppedEarly,
    ]);
    download.verify();
  } catch (error) {
    psql.kill();
    toSql.kill();
    download.stream.destroy();
    await psql.finished.catch(() => undefined);
    throw error;
  }
  // Ending psql's input ends the transaction: COMMIT.
  inputComplete = true;
  psql.stdin.end();
  await psql.finished;
}
