import type { ObjectStore } from '../storage/object-store.js';
import { listBackups } from './list-backups.js';
import { planRetention, type RetentionPolicy } from './plan-retention.js';

export interface PruneBackupsOptions {
  store: ObjectStore;
  prefix: string;
  policy: RetentionPolicy;
  /** @default new Date() */
  now?: Date;
  /** @default console.log */
  log?: (line: string) => void;
}

/** Deletes the backups the retention policy no longer keeps; returns their ids. */
export async function pruneBackups(
  options: PruneBackupsOptions,
): Promise<{ kept: string[]; pruned: string[] }> {
  const log = options.log ?? console.log;
  const backups = await listBackups(options.store, options.prefix);
  const plan = planRetention(backups, options.policy, options.now ?? new Date());
  const byId = new Map(backups.map((backup) => [backup.id, backup]));
  for (const entry of plan.prune) {
    const backup = byId.get(entry.id)!;
    log(`prune: ${entry.id}${entry.complete ? '' : ' (incomplete)'}, ${backup.keys.length} object(s)`);
    await options.store.remove(backup.keys);
  }
  const { keepDays, keepAtLeast } = options.policy;
  log(
    `retention (${keepDays} days, at least ${keepAtLeast}): kept ${plan.keep.length}, pruned ${plan.prune.length}`,
  );
  return { kept: plan.keep.map((entry) => entry.id), pruned: plan.prune.map((entry) => entry.id) };
}
