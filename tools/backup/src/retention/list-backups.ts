import { timeOfBackupId } from '../backup/backup-id.js';
import type { ObjectStore } from '../storage/object-store.js';
import type { BackupEntry } from './plan-retention.js';

export interface ListedBackup extends BackupEntry {
  keys: string[];
  bytes: number;
}

/** Every backup under the prefix, oldest first, with its objects; foreign keys are ignored. */
export async function listBackups(store: ObjectStore, prefix: string): Promise<ListedBackup[]> {
  const byId = new Map<string, ListedBackup>();
  for (const object of await store.list(`${prefix}/`)) {
    const [id, ...rest] = object.key.slice(prefix.length + 1).split('/');
    const takenAt = id === undefined ? undefined : timeOfBackupId(id);
    if (!id || !takenAt || rest.length === 0) continue;
    const backup = byId.get(id) ?? { id, takenAt, complete: false, keys: [], bytes: 0 };
    backup.keys.push(object.key);
    backup.bytes += object.size;
    if (rest.join('/') === 'manifest.json') backup.complete = true;
    byId.set(id, backup);
  }
  return [...byId.values()].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
}
