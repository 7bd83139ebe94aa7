/** The stack as a library: what `npm start`, `npm test`, the e2e scenarios and benchmarks share. */
export { startStack, StackStartError, SERVICE_NAMES, DEFAULT_PORTS } from './stack/index.js';
export type { StartStackOptions, RunningStack, ServiceFailure, ServiceName } from './stack/index.js';
export {
  startMultiInstanceStack,
  SUBGRAPH_NAMES,
  type MultiInstanceStack,
  type MultiInstanceStackOptions,
  type SubgraphName,
} from './multi-instance/index.js';
export { resolveInfrastructure, type Infrastructure } from './infrastructure/index.js';
export {
  migrate,
  projectMigrations,
  prepareEventsQueue,
  prepareBackupRole,
  MigrationHistoryError,
  type ServiceMigrations,
} from './migrations/index.js';
export {
  createScratchDatabase,
  startScratchCluster,
  postgresBinDir,
  type ScratchDatabase,
  type ScratchCluster,
  type ScratchClusterOptions,
} from './databases/index.js';
export { buildWorkspaces } from './processes/build-workspaces.js';
export { freePort } from './processes/free-port.js';
export { announcedPort } from './processes/announced-port.js';
export { runLoad, type RunLoadOptions } from './bench/run-load.js';
export { postGraphQL, type GraphQLAnswer } from './bench/post-graphql.js';
export { summarise, type LatencySummary } from './bench/latency-summary.js';
export { readDatabaseActivity, type DatabaseActivity } from './bench/database-activity.js';
