import { describe, expect, it } from 'vitest';
import { startServiceProcess } from './service-process.js';

function node(script: string, onLine: (line: string) => void = () => undefined) {
  return startServiceProcess({
    name: 'child',
    command: process.execPath,
    args: ['-e', script],
    cwd: process.cwd(),
    env: process.env,
    onLine,
    tailLines: 3,
  });
}

describe('startServiceProcess', () => {
  it('streams stdout and stderr line by line and keeps the last lines for a post-mortem', async () => {
    const seen: string[] = [];
    const child = node(
      'for (let i = 1; i <= 5; i++) console.log("line " + i); console.error("boom"); process.exit(3)',
      (line) => seen.push(line),
    );
    expect(await child.exited).toEqual({ code: 3, signal: null });
    expect(seen).toContain('line 1');
    expect(seen).toContain('boom');
    expect(child.tail()).toHaveLength(3);
    expect(child.tail()).toContain('boom');
  });

  it('stops a child with SIGTERM so it can shut down cleanly', async () => {
    const seen: string[] = [];
    const child = node(
      'process.on("SIGTERM", () => { console.log("draining"); process.exit(0); }); console.log("up"); setInterval(() => {}, 1000);',
      (line) => seen.push(line),
    );
    await new Promise<void>((resolve) => {
      const check = setInterval(() => seen.includes('up') && (clearInterval(check), resolve()), 10);
    });
    expect(await child.stop()).toEqual({ code: 0, signal: null });
    expect(seen).toContain('draining');
  });

  it('kills a child that ignores SIGTERM once the grace period is over', async () => {
    const seen: string[] = [];
    const child = node(
      'process.on("SIGTERM", () => {}); console.log("up"); setInterval(() => {}, 1000);',
      (line) => seen.push(line),
    );
    await new Promise<void>((resolve) => {
      const check = setInterval(() => seen.includes('up') && (clearInterval(check), resolve()), 10);
    });
    expect(await child.stop(50)).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('kills a child outright with SIGKILL: its SIGTERM handler never runs', async () => {
    const seen: string[] = [];
    const child = node(
      'process.on("SIGTERM", () => { console.log("draining"); process.exit(0); }); console.log("up"); setInterval(() => {}, 1000);',
      (line) => seen.push(line),
    );
    await new Promise<void>((resolve) => {
      const check = setInterval(() => seen.includes('up') && (clearInterval(check), resolve()), 10);
    });
    expect(await child.kill()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(seen).not.toContain('draining');
  });

  it('learns the port a child bound on port 0 from its listening line', async () => {
    const child = node(
      `const server = require('node:http').createServer((q, s) => s.end('hi'));
       server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ level: 30, url: 'http://127.0.0.1:' + server.address().port, msg: 'listening' })));`,
    );
    try {
      const port = await child.boundPort;
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('hi');
    } finally {
      await child.stop();
    }
  });

  it('a child that exits before announcing a port fails the wait for it, naming the exit', async () => {
    const child = node('console.log("no port today"); process.exit(2)');
    await expect(child.boundPort).rejects.toThrow(/exit code 2/);
  });

  it('reports a command that cannot start as exit 127 with the reason in its tail', async () => {
    const child = startServiceProcess({
      name: 'missing',
      command: '/nonexistent/binary',
      args: [],
      cwd: process.cwd(),
      env: process.env,
      onLine: () => undefined,
    });
    expect((await child.exited).code).toBe(127);
    expect(child.tail().join('\n')).toMatch(/failed to start/);
  });
});
