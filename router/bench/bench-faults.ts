/**
 * `npm run bench:faults`: faults under load (issue 18, build item 4). A scratch PostgreSQL cluster
 * and a scratch Redis of its own (never the machine's shared servers), the stack on them, the
 * many-user workload of `bench:load` through the router plus item creations, and one after
 * another: (a) a subgraph instance killed with SIGKILL and restarted, (b) Redis stopped,
 * (c) PostgreSQL stopped and started again, (d) the lifecycle consumer down while accounts are
 * deleted. Afterwards every acknowledged write is looked for in the stores. Prints requests,
 * acknowledged and lost writes, hung requests, and per fault the clean errors by code, how long
 * each service was not ready, the time from recovery to the last error, and what the logs and the
 * router's metrics showed. Exits 1 when a write was lost, a request hung, a code other than
 * SERVICE_UNAVAILABLE (or one without 503 + Retry-After) was answered, or readiness was not
 * truthful. Figures: docs/decisions/1400-faults-under-load.md.
 *
 * Environment: BENCH_USERS (60), BENCH_CLIENTS (8), BENCH_MIX ("70,20,10"), FAULTS_CREATE_PERCENT
 * (10), FAULTS_DELETIONS (5), FAULTS_QUIET_S (5), FAULTS_SETTLE_S (8), FAULTS_REDIS_DOWN_S (10),
 * FAULTS_POSTGRES_DOWN_S (3), FAULTS_CONSUMER_DOWN_S (5), FAULTS_SUBGRAPH (packing),
 * SUBGRAPH_TIMEOUT_MS (5000), FAULTS_TIMEOUT_MS (15000: a request without an answer by then hung),
 * FAULTS_NODE_ENV (development: production wants real secrets), FAULTS_LOG_LEVEL (info). Flags: --no-build.
 * Service logs stay in test-output/bench-faults/.
 */
import { join } from 'node:path';
import { envReader } from '@packyourbag/service-kit';
import { buildWorkspaces } from '@packyourbag/stack';
import { printFaultReport } from './faults/fault-report.js';
import { faultRunFailures } from './faults/fault-verdict.js';
import { runFaultBench } from './faults/run-fault-bench.js';
import { parseMix } from './load-mix.js';

async function main(): Promise<number> {
  const flags = new Set(process.argv.slice(2));
  const read = envReader();
  const subgraphTimeoutMs = read.int('SUBGRAPH_TIMEOUT_MS', 5000, { min: 100, max: 300_000 });
  const options = {
    users: read.int('BENCH_USERS', 60, { min: 1, max: 10_000 }),
    clients: read.int('BENCH_CLIENTS', 8, { min: 1, max: 1024 }),
    mix: parseMix(read.string('BENCH_MIX', '70,20,10')),
    createShare: read.int('FAULTS_CREATE_PERCENT', 10, { min: 0, max: 100 }) / 100,
    deletions: read.int('FAULTS_DELETIONS', 5, { min: 1, max: 1000 }),
    quietStartMs: read.int('FAULTS_QUIET_S', 5, { min: 0, max: 3600 }) * 1000,
    settleMs: read.int('FAULTS_SETTLE_S', 8, { min: 0, max: 3600 }) * 1000,
    redisDownMs: read.int('FAULTS_REDIS_DOWN_S', 10, { min: 0, max: 3600 }) * 1000,
    postgresDownMs: read.int('FAULTS_POSTGRES_DOWN_S', 3, { min: 0, max: 3600 }) * 1000,
    consumerDownMs: read.int('FAULTS_CONSUMER_DOWN_S', 5, { min: 0, max: 3600 }) * 1000,
    killedSubgraph: read.oneOf('FAULTS_SUBGRAPH', ['auth', 'packing', 'preferences'] as const, 'packing'),
    readinessTimeoutMs: 60_000,
    subgraphTimeoutMs,
    requestTimeoutMs: read.int('FAULTS_TIMEOUT_MS', 3 * subgraphTimeoutMs, { min: 100, max: 600_000 }),
    nodeEnv: read.string('FAULTS_NODE_ENV', 'development'),
    logLevel: read.string('FAULTS_LOG_LEVEL', 'info'),
    log: (line: string) => console.log(line),
  };
  if (!flags.has('--no-build'))
    await buildWorkspaces({ services: ['auth', 'packing', 'preferences', 'router'] });
  const result = await runFaultBench(options, join(process.cwd(), 'test-output', 'bench-faults'));
  printFaultReport(result, options.log);
  const failures = faultRunFailures(result);
  for (const failure of failures) console.log(`FAILED: ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
