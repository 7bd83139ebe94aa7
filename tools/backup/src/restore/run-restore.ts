import type { BackupCommands } from '../config/backup-settings.js';
import type { ObjectStore } from '../storage/object-store.js';
import { readManifest } from './read-manifest.js';
import { restoreMongo } from './restore-mongodb.js';
import { restoreSchema } from './restore-schema.js';

export interface RunRestoreOptions {
  store: ObjectStore;
  prefix: string;
  /** A backup id (`2026-12-06T03-00-00Z`) or `latest` (the newest complete one). */
  backupId: string;
  /** Admin URL of the target database; its roles must exist (run the migration first). */
  databaseUrl: string;
  /** Without it the MongoDB part is skipped (said so in the output). */
  mongodbUrl?: string;
  /** Parts to restore: schema names and/or `mongodb`. @default every part in the backup */
  only?: readonly string[];
  commands: BackupCommands;
  /** @default console.log */
  log?: (line: string) => void;
}

/** Restores a backup's parts one after another; each PostgreSQL schema is all-or-nothing. */
export async function runRestore(options: RunRestoreOptions): Promise<{ id: string; restored: string[] }> {
  const log = options.log ?? console.log;
  const manifest = await readManifest(options.store, options.prefix, options.backupId);
  const wanted = (name: string) => !options.only || options.only.includes(name);
  const known = [...manifest.postgres.map((part) => part.schema), ...(manifest.mongodb ? ['mongodb'] : [])];
  const unknown = (options.only ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(`backup ${manifest.id} has no part ${unknown.join(', ')} (it has ${known.join(', ')})`);

  const schemas = manifest.postgres.filter((part) => wanted(part.schema));
  const mongo = manifest.mongodb && wanted('mongodb') ? manifest.mongodb : null;
  const steps = schemas.length + (mongo ? 1 : 0);
  log(`restore ${manifest.id} (taken ${manifest.startedAt}): ${steps} part(s)`);
  const restored: string[] = [];
  for (const [index, part] of schemas.entries()) {
    const label = `[${index + 1}/${steps}] postgres ${part.schema}`;
    log(`${label}: replacing schema ${part.schema}`);
    try {
      await restoreSchema({
        store: options.store,
        part,
        databaseUrl: options.databaseUrl,
        commands: options.commands,
        log,
        label,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const hint = /role .* does not exist/.test(message)
        ? ' (the roles come from the migration: run it against this database first, then restore again)'
        : '';
      throw new Error(`${label}: restore failed, schema left as it was: ${message}${hint}`, { cause: error });
    }
    restored.push(part.schema);
    log(`${label}: restored`);
  }
  if (mongo) {
    if (!options.mongodbUrl) {
      log('mongodb: skipped (MONGODB_URL is not set)');
    } else {
      const label = `[${steps}/${steps}] mongodb`;
      await restoreMongo({
        store: options.store,
        part: mongo,
        mongodbUrl: options.mongodbUrl,
        commands: options.commands,
        log,
        label,
      });
      restored.push('mongodb');
      log(`${label}: restored`);
    }
  }
  log(
    `restore ${manifest.id}: done (${restored.join(', ') || 'nothing'}). Run the migration now to apply newer migrations and set role passwords.`,
  );
  return { id: manifest.id, restored };
}
