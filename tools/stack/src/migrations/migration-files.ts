import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface MigrationFile {
  /** The folder name, `<timestamp>_<name>`; folders apply in this name's order. */
  name: string;
  sql: string;
  /** SHA-256 of the SQL with line endings normalised, so a Windows checkout does not look edited. */
  checksum: string;
}

/** Reads `<dir>/<timestamp>_<name>/migration.sql` in name order; a missing folder means none. */
export async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of folders) {
    const sql = await readFile(join(dir, name, 'migration.sql'), 'utf8').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    });
    if (sql !== undefined) files.push({ name, sql, checksum: migrationChecksum(sql) });
  }
  return files;
}

export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}
