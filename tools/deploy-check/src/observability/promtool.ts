import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What one promtool call printed, and whether it passed. */
export interface PromtoolResult {
  ok: boolean;
  output: string;
}

/** The promtool binary is missing: say how to get it (Debian's `prometheus` package). */
export class PromtoolMissingError extends Error {
  constructor() {
    super(
      'promtool is not installed: `apt-get install -y prometheus` brings it (docs/running.md, "Observability").',
    );
    this.name = 'PromtoolMissingError';
  }
}

/** Runs `promtool <args>`; a non-zero exit is a failed check, not an exception. */
export async function promtool(args: string[], cwd?: string): Promise<PromtoolResult> {
  try {
    const { stdout, stderr } = await run('promtool', args, { cwd, timeout: 60_000 });
    return { ok: true, output: `${stdout}${stderr}`.trim() };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') throw new PromtoolMissingError();
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim() || String(error) };
  }
}
