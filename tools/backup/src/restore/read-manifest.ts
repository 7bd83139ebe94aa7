import { isBackupManifest, manifestKey, type BackupManifest } from '../backup/backup-manifest.js';
import type { ObjectStore } from '../storage/object-store.js';
import { listBackups } from '../retention/list-backups.js';

async function readText(store: ObjectStore, key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.download(key)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** The manifest of backup `id`, or of the newest complete backup for `latest`. */
export async function readManifest(store: ObjectStore, prefix: string, id: string): Promise<BackupManifest> {
  let chosen = id;
  if (id === 'latest') {
    const complete = (await listBackups(store, prefix)).filter((backup) => backup.complete);
    const newest = complete.at(-1);
    if (!newest) throw new Error(`no complete backup under ${store.location}/${prefix}/`);
    chosen = newest.id;
  }
  const manifest: unknown = JSON.parse(await readText(store, manifestKey(prefix, chosen)));
  if (!isBackupManifest(manifest)) throw new Error(`${manifestKey(prefix, chosen)} is not a backup manifest`);
  return manifest;
}
