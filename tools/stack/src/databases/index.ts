export {
  createScratchDatabase,
  type ScratchDatabase,
  type ScratchDatabaseOptions,
} from './scratch-database.js';
