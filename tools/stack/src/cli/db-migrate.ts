/**
 * `npm run db:migrate`: applies every service's migrations to the database the stack would use
 * (DATABASE_URL, else the local server, else the embedded PGlite in .data/pglite).
 */
import { resolvePostgres } from '../infrastructure/index.js';
import { migrate, prepareBackupRole, prepareEventsQueue, projectMigrations } from '../migrations/index.js';
import { PGLITE_DATA_DIR } from '../paths.js';

async function main(): Promise<void> {
  const postgres = await resolvePostgres({
    configuredUrl: process.env.DATABASE_URL || undefined,
    embeddedDataDir: PGLITE_DATA_DIR,
  });
  console.log(`PostgreSQL: ${postgres.description}`);
  try {
    if (!postgres.enforcesRoles) {
      console.log(
        'PostgreSQL: embedded PGlite cannot separate roles (one shared session); skipping roles and grants.',
      );
    }
    const result = await migrate({
      adminUrl: postgres.url,
      services: projectMigrations(),
      enforceRoles: postgres.enforcesRoles,
    });
    await prepareEventsQueue({
      adminUrl: postgres.url,
      enforceRoles: postgres.enforcesRoles,
      password: process.env.EVENTS_DB_PASSWORD || undefined,
    });
    if (postgres.enforcesRoles) {
      await prepareBackupRole({
        adminUrl: postgres.url,
        password: process.env.BACKUP_DB_PASSWORD || undefined,
      });
      console.log('backup: role pyb_backup reads every schema (pg_read_all_data), writes nothing');
    }
    console.log(`Done: ${result.applied.length} migration(s) applied.`);
  } finally {
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
