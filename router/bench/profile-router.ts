/**
 * `npm run bench:router:profile`: where our router spends its time under the benchmark's load.
 *
 * Starts the subgraphs (startStack, scratch databases), then our router from `router/dist` in its
 * own process with `node --cpu-prof`, signs up one user, drives the benchmark query with autocannon,
 * stops the router (which writes the profile) and prints the hottest functions by self time and the
 * router's own subgraph-latency histogram. The `.cpuprofile` opens in Chrome DevTools.
 *
 * Environment: BENCH_DURATION_S (10), BENCH_CONNECTIONS (16), PROFILE_DIR (a new temp folder).
 * Flag: --no-profile runs the router without --cpu-prof (figures only).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { envReader } from '@packyourbag/service-kit';
import { startStack } from '@packyourbag/stack';
import { freePort } from '@packyourbag/stack';
import { BENCH_QUERY, post, signUpBenchUser, waitForUrl } from './bench-support.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const read = envReader();
  const durationSeconds = read.int('BENCH_DURATION_S', 10, { min: 1, max: 600 });
  const connections = read.int('BENCH_CONNECTIONS', 16, { min: 1, max: 1024 });
  const profileDir = process.env['PROFILE_DIR'] ?? (await mkdtemp(join(tmpdir(), 'pyb-router-profile-')));

  console.log('starting subgraphs …');
  const stack = await startStack({
    scratch: true,
    ephemeralPorts: true,
    services: ['auth', 'packing', 'preferences'],
    showServiceOutput: false,
    env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
  });
  const port = await freePort();
  const routerUrl = `http://127.0.0.1:${port}`;
  const profiling = !flags.has('--no-profile');
  const router = spawn(
    process.execPath,
    [...(profiling ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'dist/main.js'],
    {
      cwd: join(__dirname, '..'),
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
        ROUTER_SECRET: stack.routerSecret,
        JWKS_URL: `${stack.urls.auth}/.well-known/jwks.json`,
        TOKEN_REVOCATIONS_URL: `${stack.urls.auth}/.well-known/revoked-tokens`,
        AUTH_URL: `${stack.urls.auth}/graphql`,
        PACKING_URL: `${stack.urls.packing}/graphql`,
        PREFERENCES_URL: `${stack.urls.preferences}/graphql`,
        REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
        RATE_LIMIT_CAPACITY: '1000000000',
        RATE_LIMIT_RESTORE_PER_SECOND: '1000000000',
        RATE_LIMIT_KEY_PREFIX: `pyb:profile:${randomUUID()}:`,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => router.once('exit', () => resolve()));
  try {
    await waitForUrl(`${routerUrl}/health/ready`, 60_000);
    const authorization = await signUpBenchUser(`${routerUrl}/graphql`);
    const check = await post(`${routerUrl}/graphql`, BENCH_QUERY, {}, { authorization });
    if (check.errors) throw new Error(`router answered ${JSON.stringify(check)}`);
    console.log(`driving ${durationSeconds} s with ${connections} connections …`);
    const result = await autocannon({
      url: `${routerUrl}/graphql`,
      method: 'POST',
      connections,
      duration: durationSeconds,
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: BENCH_QUERY }),
    });
    console.log(
      `router: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, ` +
        `p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
    const metrics = await (await fetch(`${routerUrl}/metrics`)).text();
    for (const line of metrics.split('\n')) {
      if (/^router_subgraph_request_duration_seconds_(sum|count)/.test(line)) console.log(line);
    }
  } finally {
    router.kill('SIGINT');
    await exited;
    await stack.stop();
  }
  if (!profiling) return;
  const file = (await readdir(profileDir)).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${profileDir}`);
  const profile = JSON.parse(await readFile(join(profileDir, file), 'utf8')) as { nodes: ProfileNode[] };
  const selfHits = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
    selfHits.set(key, (selfHits.get(key) ?? 0) + hits);
  }
  console.log(`\nprofile: ${join(profileDir, file)}\nhottest functions by self time:`);
  for (const [key, hits] of [...selfHits].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
