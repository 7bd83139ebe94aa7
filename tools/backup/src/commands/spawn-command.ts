import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** A program that exited with a non-zero status; carries the end of what it wrote to stderr. */
export class CommandFailedError extends Error {
  override name = 'CommandFailedError';
}

export interface RunningCommand {
  stdin: Writable;
  stdout: Readable;
  /** Resolves when the program exits 0; rejects with its stderr's last lines otherwise. */
  finished: Promise<void>;
  /** Stops it (SIGTERM), e.g. to make psql roll back its transaction. */
  kill(): void;
}

/** Keeps the last few KiB of stderr for the error message; dumps can be chatty. */
const STDERR_TAIL = 4096;

/**
 * Starts `command` with its stdin and stdout as streams. The child's environment is ours plus
 * `env`; connection strings go in arguments or PG* variables, never through a shell.
 */
export function spawnCommand(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): RunningCommand {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  // A child that exits before reading all its input makes writes fail with EPIPE; its exit status
  // (below) is the error worth reporting.
  child.stdin.on('error', () => undefined);
  const finished = new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new CommandFailedError(`${command}: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const status = signal ? `was stopped by ${signal}` : `exited with ${code}`;
        reject(new CommandFailedError(`${command} ${status}${stderr ? `: ${stderr.trim()}` : ''}`));
      }
    });
  });
  return { stdin: child.stdin, stdout: child.stdout, finished, kill: () => child.kill('SIGTERM') };
}
