import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatLogLine } from '../processes/format-log-line.js';
import { startServiceProcess } from '../processes/service-process.js';
import { readVitestCounts, type TestCounts } from './vitest-report.js';

export interface RunVitestOptions {
  /** Prefix for its output lines. */
  label: string;
  command: string;
  /** Arguments before the reporter flags this function adds. */
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the JSON report is written (absolute). */
  reportPath: string;
  print: (line: string) => void;
}

/** Runs one vitest invocation with a JSON report beside the usual output and returns its counts. */
export async function runVitest(
  options: RunVitestOptions,
): Promise<{ counts: TestCounts; exitCode: number | null }> {
  await mkdir(dirname(options.reportPath), { recursive: true });
  await rm(options.reportPath, { force: true });
  const child = startServiceProcess({
    name: options.label,
    command: options.command,
    args: [
      ...options.args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${options.reportPath}`,
      '--passWithNoTests',
    ],
    cwd: options.cwd,
    env: { ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    onLine: (line) => options.print(formatLogLine(options.label, line, 'pretty', 14)),
    tailLines: 1,
  });
  const exit = await child.exited;
  return { counts: await readVitestCounts(options.reportPath, exit.code), exitCode: exit.code };
}
