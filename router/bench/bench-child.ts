import { spawn, type ChildProcess } from 'node:child_process';
import { waitForUrl } from './bench-support.js';

/** Starts a child process and resolves once it prints `ready` (or its URL answers). */
export function startChild(
  name: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; readyUrl?: string },
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 90_000);
    const started = () => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(child);
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.readyUrl && output.includes('ready')) started();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
    if (options.readyUrl) waitForUrl(options.readyUrl, 90_000).then(started, reject);
  });
}
