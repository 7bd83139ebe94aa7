/** Prints, for each profiled process of a benchmark run, where its CPU went in the measured window. */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProfileSummary, summariseCpuProfile, type CpuProfile } from './cpu-profile-summary.js';
import type { TargetRun } from './load-report.js';

/** Waits for `path` to exist (a process writes its profile shortly after the second SIGUSR2). */
async function appeared(path: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await access(path);
      // Written in one writeFileSync; a moment more for it to finish on a loaded machine.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return true;
    } catch {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Reads `<pid>.cpuprofile` of each process in `pids` (cpu-profile-on-signal.mjs writes them) from
 * `directory` and prints its self time by package and function, per request of `run`.
 */
export async function printWindowProfiles(
  directory: string,
  pids: ReadonlyMap<number, string>,
  run: TargetRun,
): Promise<void> {
  const requests = run.summary.requests + run.summary.errors;
  console.log(`\nprofiles in ${directory} (${run.name}, ${requests} requests in the window):`);
  for (const [pid, name] of pids) {
    const path = join(directory, `${pid}.cpuprofile`);
    if (!(await appeared(path, 30_000))) {
      console.log(`${name}: no profile written at ${path}`);
      continue;
    }
    const profile = JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
    console.log('');
    for (const line of formatProfileSummary(`${name} (${path})`, summariseCpuProfile(profile), { requests }))
      console.log(line);
  }
}
