import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { announcedPort } from '@packyourbag/stack';
import { E2E_CLIENT_ADDRESS_SECRET } from '../support/forwarded-client.js';

const WEB_FOLDER = fileURLToPath(new URL('../../web', import.meta.url));

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A second web server beside the stack's, started the way the stack starts it (the built
 * `dist/server/main.js`) but with an environment of the scenario's own, e.g. WEB_TRUSTED_PROXIES.
 */
export async function startWebServer(graphqlUrl: string, env: Record<string, string>): Promise<WebServer> {
  const output: string[] = [];
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: WEB_FOLDER,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      // The port the OS picks, read from the server's listening line (decision 1480).
      PORT: '0',
      GRAPHQL_URL: graphqlUrl,
      CLIENT_ADDRESS_SECRET: E2E_CLIENT_ADDRESS_SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let announced: (port: number) => void = () => undefined;
  const bound = new Promise<number>((resolve) => {
    announced = resolve;
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(`${line}\n`);
      const port = announcedPort(line);
      if (port !== undefined) announced(port);
    });
  }
  let url = '';
  try {
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`the web server exited with code ${code}`))),
    );
    exited.catch(() => undefined); // after a successful start, the exit at stop is no failure
    url = `http://127.0.0.1:${await Promise.race([bound, exited])}`;
    await waitUntilLive(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${String(error)}\n${output.join('')}`);
  }
  return { url, stop: () => stop(child) };
}

async function waitUntilLive(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited with code ${child.exitCode}`);
    const live = await fetch(`${url}/health/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (live) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the web server did not answer ${url}/health/live within 60 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
