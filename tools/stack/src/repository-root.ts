import { fileURLToPath } from 'node:url';

/** The monorepo's root folder, found from this file's place in tools/stack/src. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
