import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { announcedPort } from './announced-port.js';

export interface ServiceProcessOptions {
  /** Marks every output line and error message. */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives each line of stdout and stderr as written. */
  onLine: (line: string) => void;
  /**
   * Lines kept for the post-mortem when the process dies.
   * @default 40
   */
  tailLines?: number;
  /** Run as this user instead of the caller's (tests run services unprivileged). @default the caller's */
  user?: ServiceUser;
}

/** A numeric user and group, as a container's `USER` or a pod's `runAsUser`/`runAsGroup`. */
export interface ServiceUser {
  uid: number;
  gid: number;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  name: string;
  pid: number | undefined;
  /** Settles when the process has exited (never rejects; a spawn failure is exit code 127). */
  exited: Promise<ProcessExit>;
  /**
   * The port it announced it listens on (its first `listening` line, see announcedPort): how the
   * stack learns the port of a service started on PORT=0. Rejects if it exits before announcing.
   */
  boundPort: Promise<number>;
  /** The last lines it printed, oldest first. */
  tail(): string[];
  /**
   * SIGTERM, then SIGKILL if it has not exited after `graceMs`.
   * @default graceMs 10000
   */
  stop(graceMs?: number): Promise<ProcessExit>;
  /** SIGKILL at once, as a crash or the OOM killer would: no shutdown hooks run. */
  kill(): Promise<ProcessExit>;
}

const running = new Set<number>();
// Last resort if this process ends without stopping its children (an uncaught error): signals
// cannot be awaited in an exit handler, so the groups are killed outright.
process.once('exit', () => {
  for (const pid of running) signalGroup(pid, 'SIGKILL');
});

/** Signals the child's whole process group: `next start` and npm run their servers as grandchildren. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Runs one service as a child process in its own process group, streaming its output line by
 * line. The group keeps a terminal's Ctrl-C away from the children: the stack stops them itself,
 * in order, and reaches grandchildren too.
 */
export function startServiceProcess(options: ServiceProcessOptions): ServiceProcess {
  const keep = options.tailLines ?? 40;
  const lines: string[] = [];
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
  });
  const pid = child.pid;
  if (pid !== undefined) running.add(pid);
  let announced: (port: number) => void = () => undefined;
  const boundPort = new Promise<number>((resolve) => {
    announced = resolve;
  });
  const record = (line: string) => {
    lines.push(line);
    if (lines.length > keep) lines.shift();
    const port = announcedPort(line);
    if (port !== undefined) announced(port);
    options.onLine(line);
  };
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', record);

  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('error', (error) => {
      record(`failed to start ${options.command}: ${error.message}`);
      resolve({ code: 127, signal: null });
    });
    child.once('exit', (code, signal) => {
      if (pid !== undefined) running.delete(pid);
      resolve({ code, signal });
    });
  });

  const announcedOrExited = Promise.race([
    boundPort,
    exited.then((exit): never => {
      const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
      throw new Error(`exited (${how}) before it said which port it listens on`);
    }),
  ]);
  // Awaited only where the port is wanted: an exit is reported through `exited` as well.
  announcedOrExited.catch(() => undefined);

  return {
    name: options.name,
    pid: child.pid,
    exited,
    boundPort: announcedOrExited,
    tail: () => [...lines],
    async stop(graceMs = 10_000) {
      if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return exited;
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
    async kill() {
      if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return exited;
      signalGroup(pid, 'SIGKILL');
      return exited;
    },
  };
}
