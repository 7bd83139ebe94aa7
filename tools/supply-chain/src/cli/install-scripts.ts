/**
 * `npm run install-scripts:check` (CI): fails when a dependency in package-lock.json declares an
 * install script that package.json's `allowScripts` has no reviewed decision for (decision 1111).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  uncoveredInstallScripts,
  type AllowScripts,
  type Lockfile,
} from '../install-scripts/uncovered-install-scripts.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const lockfile = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  allowScripts?: AllowScripts;
};
const uncovered = uncoveredInstallScripts(lockfile, manifest.allowScripts ?? {});
if (uncovered.length > 0) {
  console.error('Install scripts nobody has reviewed (docs/decisions/1111-install-scripts.md):');
  for (const pkg of uncovered) console.error(`  ${pkg.name}@${pkg.version}`);
  console.error('Read each script in node_modules, then record the decision with');
  console.error(
    '`npm install-scripts deny <pkg>` or `npm install-scripts approve <pkg>` and add it to 1111.',
  );
  process.exit(1);
}
const decided = Object.entries(manifest.allowScripts ?? {}).map(
  ([name, allowed]) => `${name} ${allowed ? 'allowed' : 'denied'}`,
);
console.log(`Every install script in package-lock.json has a reviewed decision (${decided.join(', ')}).`);
