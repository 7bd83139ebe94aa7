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
    });
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
    expect(await readVitestCounts(join(dir, 'missing.json'), 1)).toMatchObject({ filesFailed: 1 });
    expect(await readVitestCounts(join(dir, 'missing.json'), 0)).toMatchObject({ filesFailed: 0 });
  });

  it('counts an error outside any test (non-zero exit, nothing failed) as a failed file', async () => {
    const path = await report({ testResults: [{ status: 'passed' }], numPassedTests: 5, numFailedTests: 0 });
    expect(await readVitestCounts(path, 1)).toMatchObject({ filesFailed: 1, testsPassed: 5 });
  });

  it('adds counts', () => {
    const one = { filesPassed: 1, filesFailed: 0, testsPassed: 4, testsFailed: 1, skipped: ['x > y'] };
    expect(addCounts(one, one)).toEqual({
      filesPassed: 2,
      filesFailed: 0,
      testsPassed: 8,
      testsFailed: 2,
      skipped: ['x > y', 'x > y'],
    });
  });
});
