export interface RetentionPolicy {
  /** Complete backups younger than this many days are kept. */
  keepDays: number;
  /**
   * The newest this many complete backups are kept whatever their age, so a schedule that stopped
   * (or a clock gone wrong) never prunes the last good backups away.
   */
  keepAtLeast: number;
}

export interface BackupEntry {
  id: string;
  takenAt: Date;
  /** Has a manifest (finished). */
  complete: boolean;
}

export interface RetentionPlan {
  keep: BackupEntry[];
  prune: BackupEntry[];
}

/** An unfinished backup younger than this may still be running on another instance. */
const INCOMPLETE_GRACE_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Which backups to keep and which to delete at `now` (pure; prune-backups.ts acts on it). */
export function planRetention(
  backups: readonly BackupEntry[],
  policy: RetentionPolicy,
  now: Date,
): RetentionPlan {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const cutoff = now.getTime() - policy.keepDays * DAY_MS;
  const plan: RetentionPlan = { keep: [], prune: [] };
  let completeSeen = 0;
  for (const backup of newestFirst) {
    if (!backup.complete) {
      const abandoned = now.getTime() - backup.takenAt.getTime() > INCOMPLETE_GRACE_MS;
      (abandoned ? plan.prune : plan.keep).push(backup);
      continue;
    }
    completeSeen += 1;
    const keep = completeSeen <= policy.keepAtLeast || backup.takenAt.getTime() >= cutoff;
    (keep ? plan.keep : plan.prune).push(backup);
  }
  return plan;
}
