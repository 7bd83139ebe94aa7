export {
  createMigratedScratchDatabase,
  type MigratedScratchDatabase,
  type MigratedScratchDatabaseOptions,
} from './migrated-scratch-database.js';
