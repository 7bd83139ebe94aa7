import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import { runVitest } from './run-vitest.js';
import type { TestCounts } from './vitest-report.js';
import { prepareWorkspaceTestEnv } from './workspace-test-env.js';
import { listWorkspaces } from './workspaces.js';

export interface SuiteResult {
  suite: string;
  counts: TestCounts;
  seconds: number;
}

/**
 * `npm test` in every workspace that has one, one after another, each with its own scratch
 * PostgreSQL database (migrated) and the machine's Redis; databases are dropped afterwards.
 */
export async function runWorkspaceTests(
  print: (line: string) => void,
  reportDir: string,
): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  for (const workspace of await listWorkspaces()) {
    if (!workspace.scripts.test) continue;
    const started = Date.now();
    const label = workspace.name.replace('@packyourbag/', '');
    const stores = await prepareWorkspaceTestEnv(workspace.name);
    print(`── ${workspace.name}: ${stores.description}`);
    try {
      const { counts } = await runVitest({
        label,
        command: 'npm',
        args: ['run', 'test', '--workspace', workspace.name, '--'],
        cwd: repositoryRoot,
        env: { ...process.env, ...stores.env },
        reportPath: join(reportDir, `${label}.json`),
        print,
      });
      results.push({ suite: workspace.name, counts, seconds: (Date.now() - started) / 1000 });
    } finally {
      await stores.release();
    }
  }
  return results;
}
