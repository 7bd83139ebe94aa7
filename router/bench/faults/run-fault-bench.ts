/**
 * One fault run: a scratch PostgreSQL cluster and a scratch Redis of its own, the stack (auth,
 * packing, preferences, router) on them, the many-user workload through the router, then the four
 * faults one after another (each followed by a settling time), then every acknowledged write
 * looked for in the stores. `npm run bench:faults` prints the result; the e2e scenario
 * faults-under-load asserts on a shorter one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startScratchCluster, startStack, type RunningStack, type ScratchCluster } from '@packyourbag/stack';
import { post } from '../bench-support.js';
import type { Mix } from '../load-mix.js';
import { createLoadUsers } from '../load-users.js';
import { createFaultClient, type FaultClient } from './fault-client.js';
import {
  FAULT_STEPS,
  type DeletionsResult,
  type DoomedAccount,
  type FaultContext,
  type FaultSettings,
} from './fault-steps.js';
import { summariseWindow, type FaultWindow, type WindowSummary } from './fault-summary.js';
import { startFaultWorkload } from './fault-workload.js';
import { watchReadiness, type ReadinessWatch } from './readiness-watch.js';
import type { RequestOutcome } from './request-outcome.js';
import { metricsDelta, readRouterMetrics } from './router-metrics-delta.js';
import { startScratchRedis, type ScratchRedis } from './scratch-redis.js';
import { summariseServiceLog, type ServiceLogView } from './service-log-summary.js';
import { verifyWrites, type WriteCheck } from './verify-writes.js';
import { WriteLedger } from './write-ledger.js';

export const FAULT_BENCH_SERVICES = ['auth', 'packing', 'preferences', 'router'] as const;

export interface FaultBenchOptions extends FaultSettings {
  /** Guests the workload runs as (each seeded with the sample gear). */
  users: number;
  /** Closed-loop clients. */
  clients: number;
  /** The me read / check-offs / lists + packs weights of `npm run bench:load`. */
  mix: Mix;
  /** Share of requests (0–1) that create an item. */
  createShare: number;
  /** Accounts deleted while the consumer is down. */
  deletions: number;
  /** Load before the first fault. */
  quietStartMs: number;
  /** Load after each fault is lifted and every service is ready again, before the next. */
  settleMs: number;
  /** A request without an answer this long has hung (it is aborted and counted). */
  requestTimeoutMs: number;
  /** The router's SUBGRAPH_TIMEOUT_MS. */
  subgraphTimeoutMs: number;
  /** NODE_ENV of the services. */
  nodeEnv: string;
  /** LOG_LEVEL of the services. */
  logLevel: string;
  /** Progress lines. */
  log: (line: string) => void;
}

export interface OperatorView {
  /** Warn and error lines per service during the window. */
  logs: ServiceLogView[];
  /** The router's watched counters that grew during the window. */
  metrics: Record<string, number>;
}

export interface FaultBenchResult {
  durationMs: number;
  requests: number;
  hung: number;
  /** The quiet start, then one per fault. */
  windows: (WindowSummary & { operator: OperatorView })[];
  writes: WriteCheck;
  deletions?: DeletionsResult;
  /** Each service's readiness at the end of the run (a fresh probe after the load stopped). */
  readyAtEnd: Record<string, boolean | undefined>;
  stores: string;
  /** Where each service's log was written (removed after the run unless it was given). */
  logDir: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function doomedAccounts(
  graphqlUrl: string,
  authorizations: readonly string[],
): Promise<DoomedAccount[]> {
  return Promise.all(
    authorizations.map(async (authorization) => {
      const answer = await post(graphqlUrl, 'query FaultWho { me { id } }', {}, { authorization });
      const userId = (answer.data?.['me'] as { id?: string } | undefined)?.id;
      if (!userId) throw new Error(`reading a guest's id failed: ${JSON.stringify(answer)}`);
      return { userId, authorization };
    }),
  );
}

function startFaultStack(
  options: FaultBenchOptions,
  postgres: ScratchCluster,
  redis: ScratchRedis,
  logDir: string,
): Promise<RunningStack> {
  return startStack({
    scratch: true,
    ephemeralPorts: true,
    services: FAULT_BENCH_SERVICES,
    nodeEnv: options.nodeEnv,
    showServiceOutput: false,
    logDir,
    print: (line) => options.log(`  ${line}`),
    env: {
      ...process.env,
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      LOG_LEVEL: options.logLevel,
      SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs),
      // The benchmark measures faults, not the limiter: a budget no user exhausts.
      RATE_LIMIT_CAPACITY: '1000000000',
      RATE_LIMIT_RESTORE_PER_SECOND: '1000000000',
    },
  });
}

export async function runFaultBench(
  options: FaultBenchOptions,
  givenLogDir?: string,
): Promise<FaultBenchResult> {
  const { log } = options;
  const logDir = givenLogDir ?? (await mkdtemp(join(tmpdir(), 'pyb-faults-logs-')));
  let postgres: ScratchCluster | undefined;
  let redis: ScratchRedis | undefined;
  let stack: RunningStack | undefined;
  let readiness: ReadinessWatch | undefined;
  let client: FaultClient | undefined;
  try {
    log('starting a scratch PostgreSQL cluster and a scratch Redis …');
    // PG_BIN_DIR: the server binaries where they are not in Debian's versioned folder.
    postgres = await startScratchCluster({
      log: () => undefined,
      binDir: process.env['PG_BIN_DIR'] || undefined,
    });
    redis = await startScratchRedis();
    log(`  PostgreSQL on port ${postgres.port} (${postgres.dataDir}), Redis on port ${redis.port}`);
    log('starting auth, packing, preferences and the router on them …');
    stack = await startFaultStack(options, postgres, redis, logDir);

    const guests = await createLoadUsers(stack.urls.graphql, options.users + options.deletions);
    const users = guests.slice(0, options.users);
    const doomed = await doomedAccounts(
      stack.urls.graphql,
      guests.slice(options.users).map((guest) => guest.authorization),
    );

    const originMs = performance.now();
    const originEpochMs = Date.now();
    const now = () => performance.now() - originMs;
    readiness = watchReadiness({
      urls: Object.fromEntries(
        FAULT_BENCH_SERVICES.map((name) => [name, `${stack!.urls[name]}/health/ready`]),
      ),
      originMs,
    });
    client = createFaultClient({
      url: stack.urls.graphql,
      connections: options.clients + 2,
      timeoutMs: options.requestTimeoutMs,
      originMs,
    });
    const ledger = new WriteLedger();
    const outcomes: RequestOutcome[] = [];
    log(
      `load: ${options.users} users, ${options.clients} clients; quiet start ${options.quietStartMs / 1000} s …`,
    );
    const workload = startFaultWorkload({
      users,
      mix: options.mix,
      createShare: options.createShare,
      clients: options.clients,
      client,
      ledger,
      outcomes,
    });

    const metricsUrl = `${stack.urls.router}/metrics`;
    const windows: (FaultWindow & { metrics: Record<string, number> })[] = [];
    let metricsBefore = await readRouterMetrics(metricsUrl);
    await sleep(options.quietStartMs);
    let deletions: DeletionsResult | undefined;
    const context: FaultContext = {
      stack,
      redis,
      postgres,
      readiness,
      client,
      ledger,
      outcomes,
      doomed,
      now,
      log,
      settings: options,
    };
    let pending: FaultWindow = { name: 'quiet start', injectedMs: 0, liftedMs: 0, endMs: 0, notes: [] };
    for (const step of FAULT_STEPS) {
      // Every step injects its fault first thing: counters read now close the previous window.
      const metricsAtInjection = await readRouterMetrics(metricsUrl);
      const result = await step.run(context);
      windows.push({
        ...pending,
        endMs: result.injectedMs,
        metrics: metricsDelta(metricsBefore, metricsAtInjection),
      });
      metricsBefore = metricsAtInjection;
      deletions ??= result.deletions;
      pending = {
        name: step.name,
        injectedMs: result.injectedMs,
        liftedMs: result.liftedMs,
        endMs: 0,
        notes: result.notes,
      };
      await readiness.waitFor(FAULT_BENCH_SERVICES, true, options.readinessTimeoutMs);
      log(`  every service ready again ${((now() - result.liftedMs) / 1000).toFixed(1)} s after; settling …`);
      await sleep(options.settleMs);
    }
    log('stopping the load …');
    await workload.stop();
    const endMs = now();
    windows.push({
      ...pending,
      endMs,
      metrics: metricsDelta(metricsBefore, await readRouterMetrics(metricsUrl)),
    });
    await readiness.waitFor(FAULT_BENCH_SERVICES, true, options.readinessTimeoutMs).catch(() => undefined);
    const readyAtEnd = Object.fromEntries(
      FAULT_BENCH_SERVICES.map((name) => [name, readiness!.latest(name)]),
    );
    await readiness.stop();

    log('looking for every acknowledged write in the stores …');
    const writes = await verifyWrites(stack.databaseUrl, ledger, options.readinessTimeoutMs);
    const summaries = await Promise.all(
      windows.map(async (window) => ({
        ...summariseWindow(window, outcomes, readiness!.samples),
        operator: {
          metrics: window.metrics,
          logs: await Promise.all(
            FAULT_BENCH_SERVICES.map((service) =>
              summariseServiceLog(
                logDir,
                service,
                originEpochMs + window.injectedMs,
                originEpochMs + window.endMs,
              ),
            ),
          ),
        },
      })),
    );
    return {
      durationMs: endMs,
      requests: outcomes.length,
      hung: outcomes.filter((outcome) => outcome.hung).length,
      windows: summaries,
      writes,
      ...(deletions ? { deletions } : {}),
      readyAtEnd,
      stores: `PostgreSQL ${postgres.url.replace(/\/postgres$/, '')} (scratch cluster), Redis ${redis.url} (scratch), MongoDB ${stack.stores.mongo}`,
      logDir,
    };
  } finally {
    client?.close();
    await readiness?.stop();
    await stack?.stop().catch((error: unknown) => log(`stopping the stack: ${String(error)}`));
    await redis?.stop();
    await postgres?.destroy();
    if (!givenLogDir) await rm(logDir, { recursive: true, force: true });
  }
}
