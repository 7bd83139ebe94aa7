import pg from 'pg';
import { ensureRole } from './roles.js';

export interface BackupRoleOptions {
  /** A URL whose user may create roles (the migration's admin URL). */
  adminUrl: string;
  /** @default 'pyb_backup' */
  role?: string;
  /** BACKUP_DB_PASSWORD; none leaves the role without one (it can log in only where trusted). */
  password?: string;
}

/**
 * The role the scheduled backup connects as (decision 1421): it reads every schema through
 * PostgreSQL's predefined `pg_read_all_data` (14+) and can change nothing, so the backup container
 * holds no credential that writes data or schemas.
 */
export async function prepareBackupRole(options: BackupRoleOptions): Promise<void> {
  const role = options.role ?? 'pyb_backup';
  const client = new pg.Client({ connectionString: options.adminUrl });
  await client.connect();
  try {
    await ensureRole(client, { name: role, login: true, password: options.password });
    await client.query(`grant pg_read_all_data to ${pg.escapeIdentifier(role)}`);
  } finally {
    await client.end();
  }
}
