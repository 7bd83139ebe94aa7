import { readFile } from 'node:fs/promises';

/** Counts from one vitest run, read from its JSON report. */
export interface TestCounts {
  filesPassed: number;
  filesFailed: number;
  testsPassed: number;
  testsFailed: number;
  /**
   * Tests that did not run (`it.skip`, `context.skip()`, `it.todo`, `.only` elsewhere), by file and
   * full name. `npm test` fails on any: a test that cannot run here must fail with its reason.
   */
  skipped: string[];
}

export const NO_COUNTS: TestCounts = {
  filesPassed: 0,
  filesFailed: 0,
  testsPassed: 0,
  testsFailed: 0,
  skipped: [],
};

interface JsonReport {
  /** One entry per test file (the `numPassedTestSuites` fields count describe blocks too). */
  testResults?: Array<{
    status?: string;
    name?: string;
    assertionResults?: Array<{ status?: string; fullName?: string }>;
  }>;
  numPassedTests?: number;
  numFailedTests?: number;
}

const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);

/**
 * Reads vitest's `--reporter=json` output. A run that failed without writing a report (a config
 * error, a crash in global setup) counts as one failed file, so it can never pass silently.
 */
export async function readVitestCounts(reportPath: string, exitCode: number | null): Promise<TestCounts> {
  let report: JsonReport;
  try {
    report = JSON.parse(await readFile(reportPath, 'utf8')) as JsonReport;
  } catch {
    return exitCode === 0 ? NO_COUNTS : { ...NO_COUNTS, filesFailed: 1 };
  }
  const counts: TestCounts = {
    filesPassed: report.testResults?.filter((file) => file.status === 'passed').length ?? 0,
    filesFailed: report.testResults?.filter((file) => file.status === 'failed').length ?? 0,
    testsPassed: report.numPassedTests ?? 0,
    testsFailed: report.numFailedTests ?? 0,
    skipped: (report.testResults ?? []).flatMap((file) =>
      (file.assertionResults ?? [])
        .filter((test) => NOT_RUN.has(test.status ?? ''))
        .map((test) => `${file.name ?? '?'} > ${test.fullName ?? '?'}`),
    ),
  };
  // Exit 1 with no failed test or file: an unhandled error outside any test.
  if (exitCode !== 0 && counts.filesFailed === 0 && counts.testsFailed === 0) counts.filesFailed = 1;
  return counts;
}

export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return {
    filesPassed: a.filesPassed + b.filesPassed,
    filesFailed: a.filesFailed + b.filesFailed,
    testsPassed: a.testsPassed + b.testsPassed,
    testsFailed: a.testsFailed + b.testsFailed,
    skipped: [...a.skipped, ...b.skipped],
  };
}
