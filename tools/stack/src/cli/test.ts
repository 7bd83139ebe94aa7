/**
 * `npm test`: builds, runs every workspace's tests (each with its own scratch database), then the
 * end-to-end scenarios against the whole stack, and ends with one line: `N passed, N failed, N skipped`.
 * Any skipped test fails the run (listed by name).
 *
 * Flags: --no-build (reuse existing builds), --no-e2e, --e2e-only.
 */
import { join } from 'node:path';
import { buildWorkspaces } from '../processes/build-workspaces.js';
import { repositoryRoot } from '../repository-root.js';
import { runEndToEnd } from '../test-harness/run-e2e.js';
import { runWorkspaceTests, type SuiteResult } from '../test-harness/run-workspace-tests.js';
import { addCounts, NO_COUNTS } from '../test-harness/vitest-report.js';

async function main(): Promise<number> {
  const flags = new Set(process.argv.slice(2));
  const print = (line: string) => console.log(line);
  const reportDir = join(repositoryRoot, 'test-output');
  const results: SuiteResult[] = [];

  if (!flags.has('--no-build')) {
    print('Building workspaces …');
    await buildWorkspaces({ print });
  }
  if (!flags.has('--e2e-only')) results.push(...(await runWorkspaceTests(print, reportDir)));
  if (!flags.has('--no-e2e')) results.push(await runEndToEnd(print, reportDir));

  print('');
  print('Summary (files passed/failed, tests passed/failed, seconds):');
  for (const { suite, counts, seconds } of results) {
    const mark = counts.filesFailed || counts.testsFailed || counts.skipped.length ? 'FAIL' : 'ok  ';
    print(
      `  ${mark} ${suite.padEnd(28)} files ${counts.filesPassed}/${counts.filesFailed}  ` +
        `tests ${counts.testsPassed}/${counts.testsFailed}  ${seconds.toFixed(1)} s`,
    );
  }
  const total = results.reduce((sum, result) => addCounts(sum, result.counts), NO_COUNTS);
  if (total.skipped.length > 0) {
    // A skipped test proves nothing and hides a broken precondition: make it run, or fail with the reason.
    print('');
    print(`Skipped tests fail the run (${total.skipped.length}):`);
    for (const name of total.skipped) print(`  SKIPPED ${name}`);
  }
  if (total.failures.length > 0) {
    print('');
    print(`Failed (${total.failures.length}):`);
    for (const failure of total.failures) print(`  FAILED ${failure}`);
  }
  print(`Test files: ${total.filesPassed} passed, ${total.filesFailed} failed`);
  print(`${total.testsPassed} passed, ${total.testsFailed} failed, ${total.skipped.length} skipped`);
  return total.filesFailed + total.testsFailed + total.skipped.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
