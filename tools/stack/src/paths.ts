import { join } from 'node:path';
import { repositoryRoot } from './repository-root.js';

/** Where `npm start` keeps the embedded PostgreSQL's files between runs (git-ignored). */
export const PGLITE_DATA_DIR = join(repositoryRoot, '.data/pglite');
