/**
 * `npm run bench:load`: many distinct users at once, through our router and its peers.
 *
 * Starts the subgraphs on free ports with scratch databases (startStack), then, each in its own
 * process over the same subgraphs: our router from router/dist as in production (token
 * verification, cost, rate limiting with a bucket that never empties) with subgraph query
 * deduplication off, Hive Gateway with its deduplication off, and bare `@apollo/gateway` in Apollo
 * Server (which has none). Creates BENCH_USERS guests (each seeded with the sample gear: lists, a
 * pack and a trip) and waits for every guest's trip. Then drives each target in turn with
 * BENCH_CLIENTS closed-loop clients — a warm-up of every target first, then a bounded window each —
 * with the mix: the three-subgraph `me` read (auth, preferences, packing's items), trip check-offs
 * (check, then uncheck, an item of the user's trip) and a lists + packs read, every request as a
 * random user with that user's own token. Prints per target requests/s, p50/p95/p99, errors by
 * code, CPU ms per request of the gateway and of each subgraph (utime + stime from /proc/<pid>/stat
 * around the window), the load average, and our router's ratios against the peers.
 *
 * Environment: BENCH_USERS (100), BENCH_CLIENTS (16), BENCH_DURATION_S (15), BENCH_WARMUP_S (3),
 * BENCH_MIX ("70,20,10": me read, check-offs, lists + packs; relative weights).
 * Flags: --no-build (reuse builds), --embedded (PGlite and the MongoDB stand-in), --with-dedup (a
 * labelled line for our router with deduplication on, after the others), --ours-only (no peers:
 * a quicker before/after of a change to our stack), --profile (our router
 * only, it and the subgraphs under `node --cpu-prof`: after the run, each process's self time by
 * package and function inside the measured window, per request; the profiles stay in PROFILE_DIR,
 * a new temp folder by default, and open in Chrome DevTools), --soak (our router only, after the
 * warm-up BENCH_SOAK_MIN minutes (10; at most 50, auth issuing the soak hour-long tokens) of the
 * mix: each minute's req/s, p50/p99, errors by code, database transactions and rows read per
 * request (pg_stat_database), system CPU per request and the load average, then RSS, V8's heap
 * size and heap in use after a full GC of the router, each subgraph and the bench process (the
 * load clients and the MongoDB stand-in) at minute 0 and after every minute, with a verdict per
 * process (flat, plateau or growing: the slope of the first half against the last);
 * BENCH_SOAK_SNAPSHOTS (e.g. "preferences,bench") takes heap snapshots of those processes at the
 * start and the end, for heap-snapshot-diff.ts; MEMORY_PROBE_DIR keeps them, a new temp folder by
 * default), --cold (our router only: after the users are created through a setup router, the
 * subgraphs are restarted and a fresh router started, and the mix runs at once, no warm-up — the
 * first BENCH_DURATION_S on a fresh stack — then a second window on the same processes, now warm;
 * printed side by side with their ratio against issue 16's 80%).
 */
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { writeHeapSnapshot } from 'node:v8';
import { envReader } from '@packyourbag/service-kit';
import { readDatabaseActivity, runLoad, type RunningStack } from '@packyourbag/stack';
import {
  startApolloGateway,
  startHiveGateway,
  startOurRouter,
  writeBenchSupergraph,
  type StartedGateway,
} from './bench-gateways.js';
import { startBenchSubgraphs } from './bench-subgraphs.js';
import { loadAverage, post } from './bench-support.js';
import { createLoadClient, type LoadClient } from './load-client.js';
import { chooseOperation, describeMix, parseMix, type Mix } from './load-mix.js';
import { ME_QUERY, requestBody, type LoadUser } from './load-operations.js';
import { printLoadReport, type ProcessCpu, type TargetRun } from './load-report.js';
import { createLoadUsers } from './load-users.js';
import { cpuMsOf } from './process-cpu.js';
import { ownMemory, probeMemory } from './process-memory.js';
import { printSoakMemory, printSoakMinute } from './soak-report.js';
import { printWindowProfiles } from './window-profiles.js';

const SUBGRAPHS = ['auth', 'packing', 'preferences'] as const;
const SOAK_TOKEN_TTL_SECONDS = 3600;
/** The soak's tokens outlive it, with ten minutes for start-up, seeding and the warm-up. */
const SOAK_MAX_MINUTES = SOAK_TOKEN_TTL_SECONDS / 60 - 10;

interface Workload {
  users: readonly LoadUser[];
  mix: Mix;
  clients: number;
  client: LoadClient;
}

/** One closed-loop run of the mix against `url`; errors are counted by code into `errorsByCode`. */
function runMix(workload: Workload, url: string, seconds: number, errorsByCode = new Map<string, number>()) {
  return runLoad({
    concurrency: workload.clients,
    durationMs: seconds * 1000,
    request: async () => {
      const user = workload.users[Math.floor(Math.random() * workload.users.length)]!;
      const kind = chooseOperation(workload.mix, Math.random());
      const code = await workload.client.post(url, user.authorization, requestBody(kind, user));
      if (code !== undefined) errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + 1);
      return code === undefined;
    },
  });
}

/** CPU milliseconds so far of the gateway, each subgraph and this process. */
async function cpuSnapshot(stack: RunningStack, gateway: StartedGateway): Promise<ProcessCpu[]> {
  const pids: [string, number | undefined][] = [
    ['gateway', gateway.child.pid],
    ...SUBGRAPHS.map((name): [string, number | undefined] => [name, stack.pid(name)]),
  ];
  const own = process.cpuUsage();
  return [
    ...(await Promise.all(
      pids.map(async ([name, pid]) => {
        if (pid === undefined) throw new Error(`${name} has no process id`);
        return { process: name, cpuMs: await cpuMsOf(pid) };
      }),
    )),
    { process: 'client', cpuMs: (own.user + own.system) / 1000 },
  ];
}

async function measure(
  workload: Workload,
  stack: RunningStack,
  [name, gateway]: [string, StartedGateway],
  seconds: number,
  profiled: readonly number[],
): Promise<TargetRun> {
  console.log(`${name}: measuring ${seconds} s with ${workload.clients} clients …`);
  const loadBefore = loadAverage();
  const errorsByCode = new Map<string, number>();
  const before = await cpuSnapshot(stack, gateway);
  for (const pid of profiled) process.kill(pid, 'SIGUSR2');
  const summary = await runMix(workload, gateway.url, seconds, errorsByCode);
  for (const pid of profiled) process.kill(pid, 'SIGUSR2');
  const after = await cpuSnapshot(stack, gateway);
  return {
    name,
    summary,
    errorsByCode,
    cpu: after.map((entry, index) => ({ process: entry.process, cpuMs: entry.cpuMs - before[index]!.cpuMs })),
    loadBefore,
    loadAfter: loadAverage(),
  };
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const read = envReader();
  const userCount = read.int('BENCH_USERS', 100, { min: 1, max: 10_000 });
  const clients = read.int('BENCH_CLIENTS', 16, { min: 1, max: 1024 });
  const durationSeconds = read.int('BENCH_DURATION_S', 15, { min: 1, max: 3600 });
  const warmupSeconds = read.int('BENCH_WARMUP_S', 3, { min: 0, max: 600 });
  const mix = parseMix(read.string('BENCH_MIX', '70,20,10'));
  const profileDir = flags.has('--profile')
    ? (process.env['PROFILE_DIR'] ?? (await mkdtemp(join(tmpdir(), 'pyb-load-profile-'))))
    : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  // The subgraphs and our router preload a profiler that SIGUSR2 starts and stops (around the window).
  const profiled = profileDir
    ? {
        NODE_OPTIONS: `--import ${pathToFileURL(join(__dirname, 'cpu-profile-on-signal.mjs')).href}`,
        CPU_PROFILE_DIR: profileDir,
      }
    : {};
  const soak = flags.has('--soak');
  if (soak && profileDir) throw new Error('--soak and --profile both signal the services: use one');
  const probeDir = soak
    ? (process.env['MEMORY_PROBE_DIR'] ?? (await mkdtemp(join(tmpdir(), 'pyb-soak-memory-'))))
    : undefined;
  if (probeDir) await mkdir(probeDir, { recursive: true });
  // The subgraphs and our router preload a probe that reports memory after a full GC, and writes a
  // heap snapshot, on a signal.
  const probed = probeDir
    ? {
        NODE_OPTIONS: `--import ${pathToFileURL(join(__dirname, 'memory-probe-on-signal.mjs')).href}`,
        MEMORY_PROBE_DIR: probeDir,
        // The users' tokens are made once, before the soak: at the default 15 minutes they expired
        // mid-soak and every request after failed UNAUTHENTICATED. Auth's longest allowed life.
        ACCESS_TOKEN_TTL_SECONDS: String(SOAK_TOKEN_TTL_SECONDS),
      }
    : profiled;
  const stack = await startBenchSubgraphs(flags, probed);
  const directory = await mkdtemp(join(tmpdir(), 'pyb-bench-load-'));
  const gateways: StartedGateway[] = [];
  const client = createLoadClient(clients);
  try {
    const subgraphs = { urls: stack.urls, routerSecret: stack.routerSecret };
    const supergraphPath = await writeBenchSupergraph(directory, subgraphs);
    const started = async (gateway: Promise<StartedGateway>) => {
      gateways.push(await gateway);
      return gateways.at(-1)!;
    };
    const targets: [string, StartedGateway][] = [
      ['our router, no dedup', await started(startOurRouter(subgraphs, false, probed))],
    ];
    const cold = flags.has('--cold');
    if (!profileDir && !soak && !cold && !flags.has('--ours-only')) {
      targets.push([
        'Hive Gateway, no dedup',
        await started(startHiveGateway(subgraphs, supergraphPath, false)),
      ]);
      targets.push(['bare @apollo/gateway', await started(startApolloGateway(subgraphs, supergraphPath))]);
    }
    if (flags.has('--with-dedup') && !profileDir && !soak && !cold)
      targets.push(['our router, dedup ON', await started(startOurRouter(subgraphs, true))]);

    const users = await createLoadUsers(targets[0]![1].url, userCount);
    for (const [name, { url }] of targets) {
      const answer = await post(url, ME_QUERY, {}, { authorization: users[0]!.authorization });
      const items = (answer.data?.['me'] as { items?: { nodes?: unknown[] } } | undefined)?.items?.nodes;
      if (answer.errors || !items?.length) throw new Error(`${name} answered ${JSON.stringify(answer)}`);
    }

    const workload: Workload = { users, mix, clients, client };
    if (cold) {
      const fresh = await startFreshStack(stack, targets[0]![1], () =>
        started(startOurRouter(subgraphs, false, probed)),
      );
      const runs = [
        await measure(workload, stack, ['our router, cold (fresh stack)', fresh], durationSeconds, []),
        await measure(workload, stack, ['our router, warm (next window)', fresh], durationSeconds, []),
      ];
      printLoadReport({
        runs,
        users: userCount,
        clients,
        durationSeconds,
        mix: describeMix(mix),
        stores: stack.stores,
      });
      const ratio = runs[0]!.summary.requestsPerSecond / runs[1]!.summary.requestsPerSecond;
      console.log(
        `cold ÷ warm: ${(ratio * 100).toFixed(0)}% of the warm req/s (issue 16: ≥ 80%) — ${ratio >= 0.8 ? 'met' : 'NOT met'}`,
      );
      return;
    }
    // Every target once before any is measured: the subgraphs warm up on the first, whichever it is.
    for (const [name, { url }] of targets) {
      console.log(`${name}: warm-up ${warmupSeconds} s …`);
      if (warmupSeconds > 0) await runMix(workload, url, warmupSeconds);
    }
    if (soak) {
      await runSoak(workload, stack, targets[0]![1], {
        minutes: read.int('BENCH_SOAK_MIN', 10, { min: 1, max: SOAK_MAX_MINUTES }),
        probeDir: probeDir!,
        snapshotsOf: new Set(read.string('BENCH_SOAK_SNAPSHOTS', '').split(',').filter(Boolean)),
      });
      return;
    }
    const runs: TargetRun[] = [];
    const profiledPids = new Map<number, string>();
    if (profileDir) {
      profiledPids.set(gateways[0]!.child.pid!, 'router');
      for (const name of SUBGRAPHS) profiledPids.set(stack.pid(name)!, name);
    }
    for (const target of targets)
      runs.push(await measure(workload, stack, target, durationSeconds, [...profiledPids.keys()]));

    printLoadReport({
      runs,
      users: userCount,
      clients,
      durationSeconds,
      mix: describeMix(mix),
      stores: stack.stores,
    });
    if (profileDir) await printWindowProfiles(profileDir, profiledPids, runs[0]!);
  } finally {
    client.close();
    for (const { child } of gateways) child.kill('SIGTERM');
    await stack.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

interface SoakOptions {
  minutes: number;
  /** Where the services' memory probes write their readings and heap snapshots. */
  probeDir: string;
  /** Processes (router, auth, packing, preferences, bench) with a heap snapshot at the start and the end. */
  snapshotsOf: ReadonlySet<string>;
}

/** Waits for `path` to exist (a probe renames its snapshot into place once written). */
async function appeared(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await access(path);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no heap snapshot at ${path}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * A fresh stack behind a fresh router: the setup router is stopped, every subgraph restarted (same
 * ports, environment and database: the users stay), then `startRouter` starts a new router, which
 * resolves once its readiness probe answers 200 — what a deployment would wait for.
 */
async function startFreshStack(
  stack: RunningStack,
  setupRouter: StartedGateway,
  startRouter: () => Promise<StartedGateway>,
): Promise<StartedGateway> {
  console.log('cold start: stopping the setup router, restarting the subgraphs, starting a fresh router …');
  setupRouter.child.kill('SIGTERM');
  for (const name of SUBGRAPHS) {
    await stack.stopService(name);
    await stack.startService(name);
  }
  const startedAt = performance.now();
  const router = await startRouter();
  console.log(`fresh router ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return router;
}

/**
 * The soak: minute after minute of the mix through our router; each process's memory after a full
 * GC at minute 0 and after every minute, and a verdict per process; heap snapshots of the chosen
 * processes at the start and the end, for heap-snapshot-diff.ts.
 */
async function runSoak(
  workload: Workload,
  stack: RunningStack,
  gateway: StartedGateway,
  options: SoakOptions,
) {
  const { minutes, probeDir, snapshotsOf } = options;
  const processes = [
    { name: 'router', pid: gateway.child.pid },
    ...SUBGRAPHS.map((name) => ({ name, pid: stack.pid(name) })),
  ].map(({ name, pid }) => {
    if (pid === undefined) throw new Error(`${name} has no process id`);
    return { name, pid };
  });
  // This process holds the load clients and, with no MongoDB installed, the stand-in preferences talks to.
  const ownName = `bench${stack.stores.mongo.includes('STAND-IN') ? '+stand-in' : ''}`;
  const memory = async () => [
    ...(await Promise.all(processes.map(({ name, pid }) => probeMemory(name, pid, probeDir)))),
    ownMemory(ownName),
  ];
  let snapshotRound = 0;
  const snapshots = async () => {
    snapshotRound += 1;
    for (const { pid } of processes.filter(({ name }) => snapshotsOf.has(name))) {
      process.kill(pid, 'SIGWINCH');
      await appeared(join(probeDir, `${pid}-${snapshotRound}.heapsnapshot`), 120_000);
    }
    if (snapshotsOf.has('bench'))
      writeHeapSnapshot(join(probeDir, `${process.pid}-${snapshotRound}.heapsnapshot`));
  };
  const systemCpuMs = async () =>
    (await cpuSnapshot(stack, gateway))
      .filter((entry) => entry.process !== 'client')
      .reduce((sum, entry) => sum + entry.cpuMs, 0);
  console.log(`soak: ${minutes} min of the mix with ${workload.clients} clients, our router …`);
  console.log(
    `memory readings and heap snapshots in ${probeDir} (pids: ${processes.map(({ name, pid }) => `${name} ${pid}`).join(', ')}, ${ownName} ${process.pid})`,
  );
  // Readings before snapshots: writing one leaves the process's RSS higher (the serialiser's buffers).
  const readings = [await memory()];
  await snapshots();
  for (let index = 0; index < minutes; index += 1) {
    const [cpuBefore, dbBefore] = [await systemCpuMs(), await readDatabaseActivity(stack.databaseUrl)];
    const errorsByCode = new Map<string, number>();
    const summary = await runMix(workload, gateway.url, 60, errorsByCode);
    const [cpuAfter, dbAfter] = [await systemCpuMs(), await readDatabaseActivity(stack.databaseUrl)];
    printSoakMinute(index, {
      summary,
      transactions: dbAfter.transactions - dbBefore.transactions,
      rowsRead: dbAfter.rowsRead - dbBefore.rowsRead,
      systemCpuMs: cpuAfter - cpuBefore,
      loadAverage1m: loadavg()[0]!,
      errorsByCode,
    });
    readings.push(await memory());
  }
  await snapshots();
  printSoakMemory(readings);
  console.log(
    '\n(SQL xact/req: transactions in the scratch database — auth, packing and the event queue — per request; ' +
      'one per statement outside an explicit transaction, background polling included)',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
