import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@packyourbag/stack';
import { stringify } from 'yaml';
import { ruleFiles } from './observability-files.js';

/** One service to scrape: the job name the rules and dashboards expect, and host:port. */
export interface ScrapeTarget {
  job: string;
  address: string;
}

export interface QueryAnswer {
  status: 'success' | 'error';
  error?: string;
  data?: { resultType: string; result: unknown[] };
}

export interface RunningPrometheus {
  url: string;
  /** An instant query through the HTTP API (`/api/v1/query`). */
  query(expr: string): Promise<QueryAnswer>;
  /** The scrape targets as Prometheus sees them (`up` and the last error of each). */
  targets(): Promise<Array<{ job: string; health: string; lastError: string }>>;
  stop(): Promise<void>;
}

/**
 * A real Prometheus (Debian's `prometheus` binary) on a scratch port and data directory, scraping
 * `targets` every `scrapeSeconds` and loading the repository's rule files, so a test can evaluate
 * the dashboards' and rules' PromQL against a running stack.
 */
export async function startPrometheus(options: {
  targets: ScrapeTarget[];
  scrapeSeconds?: number;
}): Promise<RunningPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'pyb-prometheus-'));
  const port = await freePort();
  const interval = `${options.scrapeSeconds ?? 1}s`;
  const config = {
    global: { scrape_interval: interval, evaluation_interval: interval },
    rule_files: await ruleFiles(),
    scrape_configs: options.targets.map((target) => ({
      job_name: target.job,
      static_configs: [{ targets: [target.address] }],
    })),
  };
  const configFile = join(dir, 'prometheus.yml');
  await writeFile(configFile, stringify(config));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnFailed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(new Error(`prometheus could not start (apt-get install -y prometheus): ${error.message}`)),
    ),
  );

  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };

  const ready = async () => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`prometheus exited: ${output}`);
      try {
        if ((await fetch(`${url}/-/ready`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`prometheus was not ready after 10 s: ${output}`);
  };
  try {
    await Promise.race([ready(), spawnFailed]);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    async query(expr) {
      const response = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: expr })}`);
      return (await response.json()) as QueryAnswer;
    },
    async targets() {
      const response = await fetch(`${url}/api/v1/targets`);
      const body = (await response.json()) as {
        data: { activeTargets: Array<{ labels: { job: string }; health: string; lastError: string }> };
      };
      return body.data.activeTargets.map((target) => ({
        job: target.labels.job,
        health: target.health,
        lastError: target.lastError,
      }));
    },
    stop,
  };
}
