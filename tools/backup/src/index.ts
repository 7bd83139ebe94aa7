/** Backups of the service databases to S3-compatible storage (decisions 1420–1424). */
export {
  readBackupSettings,
  parseScheduleTimes,
  type BackupSettings,
  type BackupCommands,
  type S3Settings,
} from './config/backup-settings.js';
export { SettingsError } from './config/settings-error.js';
export { createS3ObjectStore } from './storage/s3-object-store.js';
export type { ObjectStore, StoredObject } from './storage/object-store.js';
export { runBackup, type RunBackupOptions } from './backup/run-backup.js';
export type { BackupManifest, BackupPart } from './backup/backup-manifest.js';
export { backupIdAt, timeOfBackupId } from './backup/backup-id.js';
export { runRestore, type RunRestoreOptions } from './restore/run-restore.js';
export { listBackups, type ListedBackup } from './retention/list-backups.js';
export {
  planRetention,
  type RetentionPolicy,
  type BackupEntry,
  type RetentionPlan,
} from './retention/plan-retention.js';
export { pruneBackups, type PruneBackupsOptions } from './retention/prune-backups.js';
export { nextRun, type ScheduleTime } from './schedule/next-run.js';
export { runSchedule, type RunScheduleOptions } from './schedule/run-schedule.js';
