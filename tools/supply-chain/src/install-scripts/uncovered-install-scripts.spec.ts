import { describe, expect, it } from 'vitest';
import { uncoveredInstallScripts, type Lockfile } from './uncovered-install-scripts.js';

const lockfile: Lockfile = {
  packages: {
    '': {},
    'node_modules/esbuild': { version: '0.28.2', hasInstallScript: true },
    'node_modules/@prisma/engines': { version: '6.19.3', hasInstallScript: true },
    'node_modules/vite/node_modules/esbuild': { version: '0.25.0', hasInstallScript: true },
    'node_modules/canvas': { version: '3.1.0', hasInstallScript: true },
    'node_modules/graphql': { version: '16.11.0' },
    'node_modules/@packyourbag/web': { link: true, hasInstallScript: true },
  },
};

describe('uncoveredInstallScripts', () => {
  it('lists every package with an install script and no decision, nested copies included', () => {
    expect(uncoveredInstallScripts(lockfile, {})).toEqual([
      { name: '@prisma/engines', version: '6.19.3' },
      { name: 'canvas', version: '3.1.0' },
      { name: 'esbuild', version: '0.25.0' },
      { name: 'esbuild', version: '0.28.2' },
    ]);
  });

  it('takes a name-only denial or approval for every version, a pinned approval for its version only', () => {
    expect(
      uncoveredInstallScripts(lockfile, { esbuild: false, '@prisma/engines': false, 'canvas@3.0.0': true }),
    ).toEqual([{ name: 'canvas', version: '3.1.0' }]);
    expect(
      uncoveredInstallScripts(lockfile, { esbuild: false, '@prisma/engines': false, 'canvas@3.1.0': true }),
    ).toEqual([]);
  });
});
