export { startMongoStandin } from './server.js';
export type { MongoStandinOptions, MongoStandinLogger, RunningMongoStandin } from './options.js';
