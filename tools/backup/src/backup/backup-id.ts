/**
 * A backup's name is the UTC time it started, sortable as text and safe in an object key:
 * `2026-12-06T03-00-00Z` (no colons, which some S3 tools and file systems mishandle).
 */
export function backupIdAt(time: Date): string {
  return time
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}

const ID_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z$/;

/** The time a backup id names, or undefined for anything else found under the prefix. */
export function timeOfBackupId(id: string): Date | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  const time = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(time.getTime()) ? undefined : time;
}
