export {
  resolveInfrastructure,
  type Infrastructure,
  type ResolveInfrastructureOptions,
} from './resolve-infrastructure.js';
export { resolvePostgres, ensureDatabase, type PostgresChoice } from './resolve-postgres.js';
export { resolveRedis } from './resolve-redis.js';
export { resolveMongo, resolveMongoServer, withMongoDatabase, STANDIN_NOTICE } from './resolve-mongo.js';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
export { redactUrl, type StoreChoice, type StoreSource } from './choice.js';
