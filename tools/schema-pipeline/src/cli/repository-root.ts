import { fileURLToPath } from 'node:url';

/** The repository root: the CLIs act on this checkout wherever they are started from. */
export function repositoryRoot(): string {
  return fileURLToPath(new URL('../../../../', import.meta.url));
}
