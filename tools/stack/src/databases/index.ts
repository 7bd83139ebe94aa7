export {
  createScratchDatabase,
  type ScratchDatabase,
  type ScratchDatabaseOptions,
} from './scratch-database.js';
export {
  startScratchCluster,
  postgresBinDir,
  type ScratchCluster,
  type ScratchClusterOptions,
} from './scratch-cluster.js';
