/**
 * A Redis server of the fault benchmark's own on a spare port (never the machine's shared 6379),
 * which it can stop and start again. No persistence: a stopped Redis comes back empty, as a
 * restarted cache without a disk would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from '@packyourbag/stack';

export interface ScratchRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM, no save); resolves once it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port; resolves once it answers PING. */
  start(): Promise<void>;
}

/** Whether something on `port` answers Redis's inline PING with +PONG. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk: Buffer) => done(chunk.toString().startsWith('+PONG')));
  });
}

function launch(port: number): ChildProcess {
  const child = spawn(
    process.env['REDIS_SERVER_BIN'] ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  return child;
}

/** redis-server on a free port; resolves once it answers PING. */
export async function startScratchRedis(): Promise<ScratchRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = launch(port);
    child = started;
    const exited = new Promise<never>((_, reject) =>
      started.once('exit', (code) => reject(new Error(`redis-server on port ${port} exited with ${code}`))),
    );
    exited.catch(() => undefined);
    const deadline = Date.now() + 30_000;
    while (!(await Promise.race([answersPing(port), exited]))) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING in 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  process.once('exit', () => child?.kill('SIGKILL'));
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
