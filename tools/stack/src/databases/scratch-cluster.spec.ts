import { access } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startScratchCluster, type ScratchCluster } from './scratch-cluster.js';

const clusters: ScratchCluster[] = [];

async function answers(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query<{ value: string }>("select current_setting('port') as value")).rows[0]!.value;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const cluster of clusters) await cluster.destroy();
});

describe('startScratchCluster', () => {
  it('runs a cluster of its own that can be stopped, started again on the same port, and removed', async () => {
    const cluster = await startScratchCluster({ log: () => undefined });
    clusters.push(cluster);
    expect(await answers(cluster.url)).toBe(String(cluster.port));

    await cluster.stop();
    await expect(answers(cluster.url)).rejects.toThrow(/ECONNREFUSED/);
    await cluster.start();
    expect(await answers(cluster.url)).toBe(String(cluster.port));

    await cluster.destroy();
    await expect(access(cluster.dataDir)).rejects.toThrow(/ENOENT/);
    await expect(answers(cluster.url)).rejects.toThrow(/ECONNREFUSED/);
  });
});
