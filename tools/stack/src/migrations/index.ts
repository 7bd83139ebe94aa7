export {
  migrate,
  MigrationHistoryError,
  MIGRATIONS_TABLE,
  type MigrateOptions,
  type MigrateResult,
  type ServiceMigrations,
} from './migrate.js';
export { projectMigrations } from './project-migrations.js';
export { serviceDatabaseUrl } from './service-database-url.js';
export { readMigrationFiles, migrationChecksum, type MigrationFile } from './migration-files.js';
export { prepareEventsQueue, type EventsQueueOptions } from './events-queue.js';
export { prepareBackupRole, type BackupRoleOptions } from './backup-role.js';
