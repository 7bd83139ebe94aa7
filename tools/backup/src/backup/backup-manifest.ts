import type { Measurement } from './measured-stream.js';

export interface BackupPart extends Measurement {
  /** Object key in the bucket. */
  key: string;
}

/**
 * `<prefix>/<id>/manifest.json`, written last: a backup without one is incomplete (a run that
 * failed or is still going) and is never restored from.
 */
export interface BackupManifest {
  format: 1;
  id: string;
  startedAt: string;
  finishedAt: string;
  /** One custom-format pg_dump per service schema, all from one snapshot. */
  postgres: Array<BackupPart & { schema: string }>;
  /** A gzipped mongodump archive, or null when no MONGODB_URL was set. */
  mongodb: BackupPart | null;
}

export function backupFolder(prefix: string, id: string): string {
  return `${prefix}/${id}/`;
}

export function manifestKey(prefix: string, id: string): string {
  return `${backupFolder(prefix, id)}manifest.json`;
}

export function isBackupManifest(value: unknown): value is BackupManifest {
  const manifest = value as Partial<BackupManifest> | null;
  return (
    typeof manifest === 'object' &&
    manifest !== null &&
    manifest.format === 1 &&
    typeof manifest.id === 'string' &&
    Array.isArray(manifest.postgres)
  );
}
