import { execFileSync } from 'node:child_process';

/** Runs git in `cwd`; returns stdout, or undefined when git exits non-zero (unknown ref, missing path…). */
export function gitOutput(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64e6,
    });
  } catch {
    return undefined;
  }
}

/** The file's content at `ref`, or undefined if the ref or the file there does not exist. */
export function fileAtRef(cwd: string, ref: string, path: string): string | undefined {
  // `./` makes the path relative to cwd, so this works when the repository root is not the git root.
  return gitOutput(cwd, ['show', `${ref}:./${path}`]);
}
