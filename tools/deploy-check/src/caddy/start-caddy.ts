import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface RunningCaddy {
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs `caddy run` with the given Caddyfile and environment, and resolves once Caddy logged
 * `untilMessage` (e.g. that a certificate was obtained). Rejects with its log if it exits first.
 */
export function startCaddy(options: {
  caddyfile: string;
  env: NodeJS.ProcessEnv;
  untilMessage: string;
  caddy?: string;
}): Promise<RunningCaddy> {
  const child = spawn(
    options.caddy ?? 'caddy',
    ['run', '--config', options.caddyfile, '--adapter', 'caddyfile'],
    {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log: string[] = [];
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`could not run caddy (apt-get install -y caddy): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`caddy exited with ${code}:\n${log.join('\n')}`)));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        log.push(line);
        if (line.includes(options.untilMessage)) resolve({ process: child, stop });
      });
    }
  });
}
