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
  /**
   * Each failed test (or file that failed outside a test) by file and name, with the first lines of
   * its error. Printed at the very end of `npm test`, because CI often shows only the tail of the log.
   */
  failures: string[];
}

export const NO_COUNTS: TestCounts = {
  filesPassed: 0,
  filesFailed: 0,
  testsPassed: 0,
  testsFailed: 0,
  skipped: [],
  failures: [],
};

interface JsonReport {
  /** One entry per test file (the `numPassedTestSuites` fields count describe blocks too). */
  testResults?: Array<{
    status?: string;
    name?: string;
    /** Set when the file failed outside any test (an error in a hook or at import). */
    message?: string;
    assertionResults?: Array<{ status?: string; fullName?: string; failureMessages?: string[] }>;
  }>;
  numPassedTests?: number;
  numFailedTests?: number;
}

const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);
const FAILURE_LINES = 4;

/** The first few non-empty lines of an error, without the stack frames below them. */
export function firstLinesOf(message: string): string {
  return message
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !/^\s*at /.test(line))
    .slice(0, FAILURE_LINES)
    .join('\n      ');
}

/**
 * Reads vitest's `--reporter=json` output. A run that failed without writing a report (a config
 * error, a crash in global setup) counts as one failed file, so it can never pass silently.
 */
export async function readVitestCounts(reportPath: string, exitCode: number | null): Promise<TestCounts> {
  let report: JsonReport;
  try {
    report = JSON.parse(await readFile(reportPath, 'utf8')) as JsonReport;
  } catch {
    return exitCode === 0
      ? NO_COUNTS
      : { ...NO_COUNTS, filesFailed: 1, failures: [`${reportPath}: no report (vitest exited ${exitCode})`] };
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
    failures: (report.testResults ?? []).flatMap((file) => {
      const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
      const lines = failedTests.map(
        (test) =>
          `${file.name ?? '?'} > ${test.fullName ?? '?'}\n      ${firstLinesOf((test.failureMessages ?? []).join('\n'))}`,
      );
      if (file.status === 'failed' && failedTests.length === 0) {
        lines.push(
          `${file.name ?? '?'} (outside any test)\n      ${firstLinesOf(file.message ?? 'no message')}`,
        );
      }
      return lines;
    }),
  };
  // Exit 1 with no failed test or file: an unhandled error outside any test.
  if (exitCode !== 0 && counts.filesFailed === 0 && counts.testsFailed === 0) {
    counts.filesFailed = 1;
    counts.failures.push(
      `${reportPath}: vitest exited ${exitCode} with no failed test (an error outside any test)`,
    );
  }
  return counts;
}

export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return {
    filesPassed: a.filesPassed + b.filesPassed,
    filesFailed: a.filesFailed + b.filesFailed,
    testsPassed: a.testsPassed + b.testsPassed,
    testsFailed: a.testsFailed + b.testsFailed,
    skipped: [...a.skipped, ...b.skipped],
    failures: [...a.failures, ...b.failures],
  };
}
