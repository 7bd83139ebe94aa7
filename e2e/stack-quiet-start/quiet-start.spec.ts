// What `npm start` shows on a cold start (issue 17): one line per service from starting to ready,
// no stack trace for the expected waits, every service's whole output in its log file, and a
// failure that ends with one line naming the cause and that file.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES, StackStartError, startStack } from '@packyourbag/stack';

/** A stack frame as Node prints one, raw or inside a JSON-escaped `stack` field. */
const STACK_FRAME = /\bat (?:async )?\S.*:\d+:\d+\)?/;

const dirs: string[] = [];
const scratchDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pyb-logs-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a cold start of the whole stack', () => {
  it('prints one line per service from starting to ready, auth first, and no stack trace', async () => {
    const logDir = await scratchDir();
    const lines: string[] = [];
    const stack = await startStack({
      scratch: true,
      ephemeralPorts: true,
      nodeEnv: 'development',
      showServiceOutput: true,
      logDir,
      print: (line) => lines.push(line),
    });
    await stack.stop();

    const at = (service: string, state: string) =>
      lines.findIndex((line) => line.startsWith(`${service.padEnd(12)}| ${state}`));
    for (const service of SERVICE_NAMES) {
      expect(at(service, 'starting'), `${service} starting`).toBeGreaterThanOrEqual(0);
      expect(at(service, 'ready   http://'), `${service} ready`).toBeGreaterThan(at(service, 'starting'));
    }
    // Everyone else fetches auth's keys at start: they start once auth is ready.
    expect(at('auth', 'ready')).toBeLessThan(at('router', 'starting'));
    expect(at('auth', 'ready')).toBeLessThan(at('packing', 'starting'));

    const beforeReady = lines.slice(0, Math.max(...SERVICE_NAMES.map((service) => at(service, 'ready'))) + 1);
    expect(beforeReady.filter((line) => STACK_FRAME.test(line) || line.includes('"stack"'))).toEqual([]);
    // Routine start-up lines are not on the terminal, but they are in each service's log file.
    expect(beforeReady.some((line) => line.includes('router listening'))).toBe(false);
    expect(await readFile(join(logDir, 'router.log'), 'utf8')).toContain('router listening');
    for (const service of SERVICE_NAMES) {
      expect((await readFile(join(logDir, `${service}.log`), 'utf8')).length, service).toBeGreaterThan(0);
    }
  }, 180_000);

  it('a service that does not come up ends in one line naming it, the cause and its log file', async () => {
    const logDir = await scratchDir();
    const failure = await startStack({
      scratch: true,
      ephemeralPorts: true,
      services: ['auth'],
      readyTimeoutMs: 1,
      logDir,
      print: () => undefined,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(StackStartError);
    const error = failure as StackStartError;
    expect(error.summary).toMatch(/^auth did not start: /);
    expect(error.summary).not.toContain('\n');
    expect(error.logFile).toBe(join(logDir, 'auth.log'));
    expect(error.message.split('\n').at(-1)).toBe(`Details: ${join(logDir, 'auth.log')}`);
  }, 120_000);
});
