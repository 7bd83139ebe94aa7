/**
 * The gateways the benchmarks compare, each started in its own process over the same subgraphs:
 * our router from router/dist as in production, Hive Gateway, and bare `@apollo/gateway`.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startChild } from './bench-child.js';
import { freePort } from '@packyourbag/stack';

const repositoryRoot = join(__dirname, '..', '..');

/** The subgraphs every gateway routes to (a stack started with startStack). */
export interface BenchSubgraphs {
  /** Base URLs (no `/graphql`), as RunningStack.urls has them. */
  urls: { auth: string; packing: string; preferences: string };
  routerSecret: string;
}

export interface StartedGateway {
  /** Its GraphQL endpoint. */
  url: string;
  child: ChildProcess;
}

const subgraphEnv = (subgraphs: BenchSubgraphs) => ({
  AUTH_URL: `${subgraphs.urls.auth}/graphql`,
  PACKING_URL: `${subgraphs.urls.packing}/graphql`,
  PREFERENCES_URL: `${subgraphs.urls.preferences}/graphql`,
});

const baseEnv = (subgraphs: BenchSubgraphs) => ({
  ...process.env,
  ROUTER_SECRET: subgraphs.routerSecret,
  LOG_LEVEL: 'warn',
});

/**
 * Our router as in production (token verification, document limits, cost estimation, rate limiting
 * in Redis), with a rate-limit bucket large enough never to throttle: the benchmark measures the
 * system, not the limiter. `extraEnv` adds to or overrides its environment (tracing, for one);
 * `build` is the folder under router/ it runs from (another build for a before/after).
 */
export async function startOurRouter(
  subgraphs: BenchSubgraphs,
  deduplication: boolean,
  extraEnv: NodeJS.ProcessEnv = {},
  build = 'dist',
): Promise<StartedGateway> {
  const port = await freePort();
  console.log(`starting our router from ${build} (deduplication ${deduplication ? 'on' : 'off'}) …`);
  const child = await startChild('router', [join(build, 'main.js')], {
    cwd: join(repositoryRoot, 'router'),
    readyUrl: `http://127.0.0.1:${port}/health/ready`,
    env: {
      ...baseEnv(subgraphs),
      ...subgraphEnv(subgraphs),
      PORT: String(port),
      NODE_ENV: 'production',
      JWKS_URL: `${subgraphs.urls.auth}/.well-known/jwks.json`,
      TOKEN_REVOCATIONS_URL: `${subgraphs.urls.auth}/.well-known/revoked-tokens`,
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      // Rate limiting stays on (a charge and a refund per request), with a bucket that never empties.
      RATE_LIMIT_CAPACITY: '1000000000',
      RATE_LIMIT_RESTORE_PER_SECOND: '1000000000',
      RATE_LIMIT_KEY_PREFIX: `pyb:bench:${randomUUID()}:`,
      SUBGRAPH_DEDUPLICATION: String(deduplication),
      // Named, not defaulted: a build elsewhere than dist/ would look for them beside itself.
      SUPERGRAPH_PATH: join(repositoryRoot, 'schema/supergraph.graphql'),
      PERSISTED_DOCUMENTS_PATH: join(repositoryRoot, 'web/src/gql/persisted-documents.json'),
      ...extraEnv,
    },
  });
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

/** schema/supergraph.graphql with the stack's subgraph URLs, written to `directory` for the peers. */
export async function writeBenchSupergraph(directory: string, subgraphs: BenchSubgraphs): Promise<string> {
  const urls = subgraphEnv(subgraphs);
  const path = join(directory, 'supergraph.graphql');
  await writeFile(
    path,
    (await readFile(join(repositoryRoot, 'schema/supergraph.graphql'), 'utf8'))
      .replace('http://127.0.0.1:4001/graphql', urls.AUTH_URL)
      .replace('http://127.0.0.1:4002/graphql', urls.PACKING_URL)
      .replace('http://127.0.0.1:4003/graphql', urls.PREFERENCES_URL),
  );
  return path;
}

/** A TypeScript gateway script of this folder in its own process on a free port (its env names the port). */
async function startScript(
  name: string,
  script: string,
  env: (port: number) => NodeJS.ProcessEnv,
): Promise<StartedGateway> {
  const port = await freePort();
  console.log(`starting ${name} …`);
  const child = await startChild(name, ['--conditions=source', '--import', 'tsx', join(__dirname, script)], {
    cwd: repositoryRoot,
    env: env(port),
  });
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

/** Hive Gateway (hive-gateway.ts) over the supergraph at `supergraphPath`. */
export function startHiveGateway(
  subgraphs: BenchSubgraphs,
  supergraphPath: string,
  deduplication: boolean,
): Promise<StartedGateway> {
  return startScript(
    `Hive Gateway (deduplication ${deduplication ? 'on' : 'off'})`,
    'hive-gateway.ts',
    (port) => ({
      ...baseEnv(subgraphs),
      HIVE_SUPERGRAPH_PATH: supergraphPath,
      HIVE_PORT: String(port),
      HIVE_DEDUPLICATION: String(deduplication),
    }),
  );
}

/** Bare `@apollo/gateway` in Apollo Server (apollo-gateway.ts) over the supergraph at `supergraphPath`. */
export function startApolloGateway(
  subgraphs: BenchSubgraphs,
  supergraphPath: string,
): Promise<StartedGateway> {
  return startScript('bare @apollo/gateway', 'apollo-gateway.ts', (port) => ({
    ...baseEnv(subgraphs),
    NODE_ENV: 'production',
    APOLLO_SUPERGRAPH_PATH: supergraphPath,
    APOLLO_PORT: String(port),
  }));
}

/** The direct baseline (direct-gateway.ts): the planned subgraph calls for BENCH_QUERY and ME_ID_QUERY only. */
export function startDirectBaseline(subgraphs: BenchSubgraphs): Promise<StartedGateway> {
  return startScript('the direct baseline', 'direct-gateway.ts', (port) => ({
    ...baseEnv(subgraphs),
    ...subgraphEnv(subgraphs),
    DIRECT_PORT: String(port),
  }));
}
