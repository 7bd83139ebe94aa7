/**
 * `npm run bench:router`: our router against Hive Gateway and a direct subgraph call.
 *
 * Starts the subgraphs and our router on free ports with scratch databases (startStack), Hive
 * Gateway in its own process over the same supergraph, signs up one user with an item, then drives
 * each target with autocannon on loopback — a warm-up, then a bounded run — with one authenticated
 * query that touches all three subgraphs. Our router runs as in production: token verification,
 * document limits, cost estimation and rate limiting (bucket large enough not to throttle).
 * The direct baseline is the plan's first hop: the auth subgraph's `me`, with a fresh router proof.
 *
 * Environment: BENCH_DURATION_S (10), BENCH_WARMUP_S (3), BENCH_CONNECTIONS (16).
 * Flags: --no-build (reuse builds), --embedded (PGlite and the MongoDB stand-in).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { envReader, signRouterProof } from '@packyourbag/service-kit';
import { buildWorkspaces, startStack } from '@packyourbag/stack';

const QUERY =
  'query Bench { me { email preferences { weightUnit } items(first: 10) { nodes { name weightMg } } } }';
const DIRECT_QUERY = '{ me { id email } }';
const repositoryRoot = join(__dirname, '..', '..');

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function post(url: string, query: string, variables: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

function startHive(supergraphPath: string, port: number, routerSecret: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(__dirname, 'hive-gateway.ts')],
    {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        HIVE_SUPERGRAPH_PATH: supergraphPath,
        HIVE_PORT: String(port),
        ROUTER_SECRET: routerSecret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Hive Gateway did not start:\n${output}`)), 60_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with ${code}:\n${output}`)));
  });
}

async function drive(
  name: string,
  options: autocannon.Options,
  warmupSeconds: number,
  durationSeconds: number,
): Promise<Figures> {
  console.log(`${name}: warm-up ${warmupSeconds} s …`);
  await autocannon({ ...options, duration: warmupSeconds });
  console.log(`${name}: measuring ${durationSeconds} s with ${options.connections} connections …`);
  const result = await autocannon({ ...options, duration: durationSeconds });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const read = envReader();
  const durationSeconds = read.int('BENCH_DURATION_S', 10, { min: 1, max: 600 });
  const warmupSeconds = read.int('BENCH_WARMUP_S', 3, { min: 0, max: 60 });
  const connections = read.int('BENCH_CONNECTIONS', 16, { min: 1, max: 1024 });
  if (!flags.has('--no-build'))
    await buildWorkspaces({ services: ['auth', 'packing', 'preferences', 'router'] });

  console.log('starting subgraphs and router …');
  const stack = await startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: flags.has('--embedded'),
    services: ['auth', 'packing', 'preferences', 'router'],
    showServiceOutput: false,
    env: {
      ...process.env,
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
      // Rate limiting stays on (a charge and a refund per request), with a bucket that never empties.
      RATE_LIMIT_CAPACITY: '1000000000',
      RATE_LIMIT_RESTORE_PER_SECOND: '1000000000',
      RATE_LIMIT_KEY_PREFIX: `pyb:bench:${randomUUID()}:`,
    },
  });
  const directory = await mkdtemp(join(tmpdir(), 'pyb-bench-'));
  let hive: ChildProcess | undefined;
  try {
    const supergraph = (await readFile(join(repositoryRoot, 'schema/supergraph.graphql'), 'utf8'))
      .replace('http://127.0.0.1:4001/graphql', `${stack.urls.auth}/graphql`)
      .replace('http://127.0.0.1:4002/graphql', `${stack.urls.packing}/graphql`)
      .replace('http://127.0.0.1:4003/graphql', `${stack.urls.preferences}/graphql`);
    const supergraphPath = join(directory, 'supergraph.graphql');
    await writeFile(supergraphPath, supergraph);
    const hivePort = await freePort();
    console.log('starting Hive Gateway …');
    hive = await startHive(supergraphPath, hivePort, stack.routerSecret);
    const hiveUrl = `http://127.0.0.1:${hivePort}/graphql`;

    const signUp = await post(
      stack.urls.graphql,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { email: `bench-${randomUUID()}@example.com`, password: 'benchmark password 1' } },
    );
    const token = (signUp.data?.['signUp'] as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`sign-up failed: ${JSON.stringify(signUp)}`);
    const authorization = `Bearer ${token}`;
    await post(
      stack.urls.graphql,
      'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
      { input: { name: 'Tent', weightMg: 1_200_000 } },
      { authorization },
    );

    const body = JSON.stringify({ query: QUERY });
    const headers = { 'content-type': 'application/json', authorization };
    for (const [name, url] of [
      ['router', stack.urls.graphql],
      ['Hive Gateway', hiveUrl],
    ] as const) {
      const answer = await post(url, QUERY, {}, { authorization });
      if (answer.errors || !answer.data?.['me'])
        throw new Error(`${name} answered ${JSON.stringify(answer)}`);
    }

    const directBody = JSON.stringify({ query: DIRECT_QUERY });
    const base = { connections, method: 'POST' as const, headers };
    const direct = await drive(
      'direct (auth subgraph)',
      {
        ...base,
        url: `${stack.urls.auth}/graphql`,
        requests: [
          {
            method: 'POST',
            body: directBody,
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, ...signRouterProof(stack.routerSecret, directBody) },
            }),
          },
        ],
      },
      warmupSeconds,
      durationSeconds,
    );
    const router = await drive(
      'router',
      { ...base, url: stack.urls.graphql, body },
      warmupSeconds,
      durationSeconds,
    );
    const hiveFigures = await drive(
      'Hive Gateway',
      { ...base, url: hiveUrl, body },
      warmupSeconds,
      durationSeconds,
    );

    console.log('');
    console.log(`query: ${QUERY}`);
    console.log(`direct baseline: ${DIRECT_QUERY} on the auth subgraph (the plan's first hop)`);
    console.log('target                   req/s     p50 ms   p99 ms   non-2xx  errors');
    for (const figures of [router, hiveFigures, direct]) {
      console.log(
        `${figures.name.padEnd(24)} ${figures.requestsPerSecond.toFixed(0).padStart(6)}   ${figures.p50
          .toFixed(2)
          .padStart(
            6,
          )}   ${figures.p99.toFixed(2).padStart(6)}   ${String(figures.non2xx).padStart(7)}  ${String(
          figures.errors,
        ).padStart(6)}`,
      );
    }
    console.log('');
    console.log(
      `router ÷ Hive Gateway: ${(router.requestsPerSecond / hiveFigures.requestsPerSecond).toFixed(2)}× throughput`,
    );
    console.log(
      `router ÷ direct:       ${(router.requestsPerSecond / direct.requestsPerSecond).toFixed(2)}× throughput, ` +
        `p50 +${(router.p50 - direct.p50).toFixed(2)} ms over direct`,
    );
    console.log(
      `stores: ${stack.stores.postgres}; Redis ${stack.stores.redis}; MongoDB ${stack.stores.mongo}`,
    );
  } finally {
    hive?.kill('SIGTERM');
    await stack.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
