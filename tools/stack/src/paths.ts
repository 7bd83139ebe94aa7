import { join } from 'node:path';
import { repositoryRoot } from './repository-root.js';

/** Where `npm start` keeps the embedded PostgreSQL's files between runs (git-ignored). */
export const PGLITE_DATA_DIR = join(repositoryRoot, '.data/pglite');

/** Where `npm start` writes each service's whole output (`<service>.log`, git-ignored). */
export const SERVICE_LOG_DIR = join(repositoryRoot, '.data/logs');
