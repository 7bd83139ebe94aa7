// Decision 1495: every process warms its per-request path before it reports ready, and the warm-up
// leaves no trace: every table of auth and packing holds the same rows after a restart's warm-up,
// and no warm-up request failed inside a service.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningStack } from '@packyourbag/stack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenarioStack } from '../support/scenario-stack.js';

let stack: RunningStack;
let logDir: string;
beforeAll(async () => {
  logDir = await mkdtemp(join(tmpdir(), 'pyb-warm-up-'));
  stack = await startScenarioStack({
    services: ['auth', 'packing', 'preferences', 'router'],
    logDir,
    env: { ...process.env, WARM_UP: 'on' },
  });
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  await rm(logDir, { recursive: true, force: true });
});

/** Rows per table in every schema of a service's database. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
       ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${name}`);
      counts[name] = rows[0]?.count ?? 0;
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** The `warmed up` lines a service logged, parsed. */
async function warmUps(service: string): Promise<Record<string, number>[]> {
  const text = await readFile(join(logDir, `${service}.log`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.includes('"msg":"warmed up"'))
    .map((line) => JSON.parse(line.slice(line.indexOf('{'))) as Record<string, number>);
}

describe('warm-up before readiness', () => {
  it('ran in every process before the stack was ready, without a failed request', async () => {
    for (const service of ['auth', 'packing', 'preferences']) {
      const [warmUp] = await warmUps(service);
      expect(warmUp?.['inProcess'], service).toBeGreaterThan(0);
      expect(warmUp?.['loopback'], service).toBeGreaterThan(0);
      const log = await readFile(join(logDir, `${service}.log`), 'utf8');
      expect(log, service).not.toContain('INTERNAL_SERVER_ERROR');
      expect(log, service).not.toContain('warm-up stopped early');
    }
    const [router] = await warmUps('router');
    expect(router?.['requests']).toBeGreaterThan(0);
  });

  it('leaves every row of auth and packing as it was', async () => {
    const before = {
      auth: await rowCounts(stack.serviceDatabaseUrls.auth),
      packing: await rowCounts(stack.serviceDatabaseUrls.packing),
    };
    expect(Object.keys(before.packing).length).toBeGreaterThan(5);
    for (const service of ['packing', 'auth', 'router'] as const) {
      await stack.stopService(service);
      await stack.startService(service);
    }
    expect(await rowCounts(stack.serviceDatabaseUrls.auth)).toEqual(before.auth);
    expect(await rowCounts(stack.serviceDatabaseUrls.packing)).toEqual(before.packing);
  }, 120_000);
});
