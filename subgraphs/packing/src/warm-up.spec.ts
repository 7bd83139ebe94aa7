import { createLogger } from '@packyourbag/service-kit';
import type { RunningSubgraph } from '@packyourbag/service-kit/nest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readPackingConfig } from './config.js';
import { startPacking } from './main.js';
import { createMigratedDatabase, type ScratchPackingDatabase } from './testing/scratch-database.js';

// Packing as main.ts starts it, on a scratch database: the warm-up (decision 1495) holds
// readiness, then lets it go; liveness answers all along. That it writes nothing and that its
// requests succeed is e2e/warm-up's part (the built stack).
let scratch: ScratchPackingDatabase;
let running: RunningSubgraph | undefined;

beforeAll(async () => {
  scratch = await createMigratedDatabase();
});

afterEach(async () => {
  await running?.close();
  running = undefined;
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await scratch?.drop();
});

async function start(warmUp: 'on' | 'off'): Promise<RunningSubgraph> {
  vi.stubEnv('WARM_UP', warmUp);
  const config = readPackingConfig({ DATABASE_URL: scratch.url, HOST: '127.0.0.1', PORT: '0' });
  running = await startPacking(config, createLogger('packing-test', 'silent'));
  return running;
}

async function readiness(url: string): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`${url}/health/ready`);
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, ...(body.reason ? { reason: body.reason } : {}) };
}

describe('warm-up before readiness', () => {
  it('answers not ready while warming up, ready once done, and liveness all along', async () => {
    const { url } = await start('on');
    expect(await readiness(url)).toEqual({ status: 503, reason: 'warming up' });
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    await vi.waitFor(async () => expect((await readiness(url)).status).toBe(200), {
      timeout: 15_000,
      interval: 100,
    });
  });

  it('is ready at once with WARM_UP=off', async () => {
    const { url } = await start('off');
    expect((await readiness(url)).status).toBe(200);
  });
});
