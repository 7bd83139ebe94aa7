import { join } from 'node:path';
import type { BackupCommands } from '../config/backup-settings.js';

/** The PostgreSQL client programs of the server version under test; MongoDB tools as given. */
export function clusterCommands(
  binDir: string,
  mongo: Pick<BackupCommands, 'mongodump' | 'mongorestore'> = {
    mongodump: 'mongodump',
    mongorestore: 'mongorestore',
  },
): BackupCommands {
  return {
    pgDump: join(binDir, 'pg_dump'),
    pgRestore: join(binDir, 'pg_restore'),
    psql: join(binDir, 'psql'),
    ...mongo,
  };
}
