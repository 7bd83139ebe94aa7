import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import type { SuiteResult } from './run-workspace-tests.js';
import { runVitest } from './run-vitest.js';

/**
 * The scenarios under e2e/: their global setup starts the whole stack on free ports with scratch
 * databases (startStack) and stops it, dropping the databases, even when a scenario fails.
 */
export async function runEndToEnd(print: (line: string) => void, reportDir: string): Promise<SuiteResult> {
  const started = Date.now();
  // vitest's bin is not in its exports map; find it beside its package.json.
  const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
  const { counts } = await runVitest({
    label: 'e2e',
    command: process.execPath,
    args: [vitest, 'run', '--config', join(repositoryRoot, 'e2e/vitest.config.ts')],
    cwd: repositoryRoot,
    env: process.env,
    reportPath: join(reportDir, 'e2e.json'),
    print,
  });
  return { suite: 'e2e', counts, seconds: (Date.now() - started) / 1000 };
}
