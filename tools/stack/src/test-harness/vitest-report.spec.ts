import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addCounts, readVitestCounts } from './vitest-report.js';

const dir = await mkdtemp(join(tmpdir(), 'pyb-report-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function report(content: object): Promise<string> {
  const path = join(dir, `${Math.random()}.json`);
  await writeFile(path, JSON.stringify(content));
  return path;
}

describe('readVitestCounts', () => {
  it('reads file and test counts from the JSON report', async () => {
    const path = await report({
      // Suites count describe blocks too; files come from testResults.
      numPassedTestSuites: 9,
      testResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'passed' }, { status: 'failed' }],
      numPassedTests: 20,
      numFailedTests: 2,
    });
    expect(await readVitestCounts(path, 1)).toEqual({
      filesPassed: 3,
      filesFailed: 1,
      testsPassed: 20,
      testsFailed: 2,
      skipped: [],
      // The failed file has no failed test in it, so it is named as failing outside any test.
      failures: ['? (outside any test)\n      no message'],
    });
  });

  it('names each failed test with the first lines of its error, without stack frames', async () => {
    const path = await report({
      testResults: [
        {
          status: 'failed',
          name: '/repo/e2e/b.spec.ts',
          assertionResults: [
            { status: 'passed', fullName: 'b works' },
            {
              status: 'failed',
              fullName: 'b breaks',
              failureMessages: [
                'AssertionError: expected 200 to be 404\n    at b.spec.ts:10:3\n\n- Expected\n+ Received\n- 404\n+ 200',
              ],
            },
          ],
        },
        {
          status: 'failed',
          name: '/repo/e2e/c.spec.ts',
          message: 'Hook timed out in 10000ms',
          assertionResults: [],
        },
      ],
      numPassedTests: 1,
      numFailedTests: 1,
    });
    expect((await readVitestCounts(path, 1)).failures).toEqual([
      '/repo/e2e/b.spec.ts > b breaks\n      AssertionError: expected 200 to be 404\n      - Expected\n      + Received\n      - 404',
      '/repo/e2e/c.spec.ts (outside any test)\n      Hook timed out in 10000ms',
    ]);
  });

  it('lists every test that did not run (skipped, todo) by file and name', async () => {
    const path = await report({
      testResults: [
        {
          status: 'passed',
          name: '/repo/e2e/a.spec.ts',
          assertionResults: [
            { status: 'passed', fullName: 'a runs' },
            { status: 'skipped', fullName: 'a skips' },
            { status: 'todo', fullName: 'a later' },
          ],
        },
      ],
      numPassedTests: 1,
      numFailedTests: 0,
    });
    expect((await readVitestCounts(path, 0)).skipped).toEqual([
      '/repo/e2e/a.spec.ts > a skips',
      '/repo/e2e/a.spec.ts > a later',
    ]);
  });

  it('counts a failed run without a report as a failed file', async () => {
    const missing = await readVitestCounts(join(dir, 'missing.json'), 1);
    expect(missing).toMatchObject({ filesFailed: 1 });
    expect(missing.failures).toEqual([`${join(dir, 'missing.json')}: no report (vitest exited 1)`]);
    expect(await readVitestCounts(join(dir, 'missing.json'), 0)).toMatchObject({ filesFailed: 0 });
  });

  it('counts an error outside any test (non-zero exit, nothing failed) as a failed file', async () => {
    const path = await report({ testResults: [{ status: 'passed' }], numPassedTests: 5, numFailedTests: 0 });
    const counts = await readVitestCounts(path, 1);
    expect(counts).toMatchObject({ filesFailed: 1, testsPassed: 5 });
    expect(counts.failures).toHaveLength(1);
  });

  it('adds counts', () => {
    const one = {
      filesPassed: 1,
      filesFailed: 0,
      testsPassed: 4,
      testsFailed: 1,
      skipped: ['x > y'],
      failures: ['f'],
    };
    expect(addCounts(one, one)).toEqual({
      filesPassed: 2,
      filesFailed: 0,
      testsPassed: 8,
      testsFailed: 2,
      skipped: ['x > y', 'x > y'],
      failures: ['f', 'f'],
    });
  });
});
