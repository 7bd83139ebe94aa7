import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The version in the package.json nearest above the program being run (`dist/main.js` →
 * `router/package.json`): the release a report names when SENTRY_RELEASE and GIT_SHA are unset.
 */
export function runningPackageVersion(entryPoint = process.argv[1]): string {
  if (!entryPoint) return 'unknown';
  for (let folder = dirname(entryPoint); ; folder = dirname(folder)) {
    try {
      const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        version?: unknown;
      };
      return typeof version === 'string' ? version : 'unknown';
    } catch {
      // No (readable) package.json here: look one folder up.
    }
    if (dirname(folder) === folder) return 'unknown';
  }
}
