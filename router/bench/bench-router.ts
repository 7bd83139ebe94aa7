/**
 * `npm run bench:router`: our router against Hive Gateway and a direct baseline.
 *
 * Starts the subgraphs on free ports with scratch databases (startStack), then, each in its own
 * process over the same subgraphs: our router (from router/dist, as in production: token
 * verification, document limits, cost estimation and rate limiting in Redis with a bucket large
 * enough never to throttle) with and without subgraph query deduplication, Hive Gateway over the
 * same supergraph with and without its (default) deduplication, and the direct baseline
 * (direct-gateway.ts: the plan's three subgraph calls, signed like the router signs them, and
 * nothing else). Signs up one user with an item, checks every target's answer, then drives each in
 * turn with autocannon on loopback — a warm-up, then a bounded run — with one authenticated query
 * that touches all three subgraphs. Then the added latency: one request at a time (no queueing, so
 * the difference is the router's own work) of the three-subgraph read and of `me { id }` (auth
 * only), alternating between the direct baseline and our router in rounds so both see the same
 * machine, timed to the microsecond. Prints req/s, p50, p99, the ratios, and the load average.
 *
 * Environment: BENCH_DURATION_S (10), BENCH_WARMUP_S (3), BENCH_CONNECTIONS (16),
 * BENCH_LATENCY_S (12: per target and query, over 6 alternating rounds), BENCH_BASELINE_BUILD (a
 * folder under router/ holding another build of our router, e.g. `dist/before` copied from dist
 * before a change: it joins the one-request-at-a-time rounds, for a before/after in one run).
 * Flags: --no-build (reuse builds), --embedded (PGlite and the MongoDB stand-in), --latency-only
 * (only the direct baseline and our router, one request at a time: no throughput runs), --tracing (only
 * our router, with tracing off beside the same router exporting every request's spans over
 * OTLP/HTTP protobuf to a sink that discards them; the latency rounds alternate the two; 1350).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { envReader } from '@packyourbag/service-kit';
import { runLoad } from '@packyourbag/stack';
import {
  startDirectBaseline,
  startHiveGateway,
  startOurRouter,
  writeBenchSupergraph,
  type StartedGateway,
} from './bench-gateways.js';
import { startBenchSubgraphs } from './bench-subgraphs.js';
import {
  printReport,
  printTracingReport,
  type Figures,
  type LatencyGroup,
  type LatencyRow,
} from './bench-report.js';
import { BENCH_QUERY, loadAverage, ME_ID_QUERY, post, signUpBenchUser } from './bench-support.js';
import { keepAlivePoster } from './keep-alive-poster.js';
import { cpuMsOf } from './process-cpu.js';
import { startOtlpSink, type OtlpSink } from './otlp-sink.js';

async function drive(name: string, options: autocannon.Options, durationSeconds: number): Promise<Figures> {
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

/** Latencies (ms) of `body` POSTed to `url` one request at a time over one keep-alive connection. */
async function oneAtATime(
  url: string,
  headers: Record<string, string>,
  body: string,
  seconds: number,
): Promise<number[]> {
  const send = keepAlivePoster(url, headers, body);
  const latencies: number[] = [];
  await runLoad({
    concurrency: 1,
    durationMs: seconds * 1000,
    request: async () => {
      const started = performance.now();
      const ok = await send();
      latencies.push(performance.now() - started);
      return ok;
    },
  });
  send.close();
  return latencies;
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const tracing = flags.has('--tracing');
  const latencyOnly = flags.has('--latency-only');
  const read = envReader();
  const durationSeconds = read.int('BENCH_DURATION_S', 10, { min: 1, max: 600 });
  const warmupSeconds = read.int('BENCH_WARMUP_S', 3, { min: 0, max: 60 });
  const connections = read.int('BENCH_CONNECTIONS', 16, { min: 1, max: 1024 });
  const latencySeconds = read.int('BENCH_LATENCY_S', 12, { min: 1, max: 600 });
  const stack = await startBenchSubgraphs(flags);
  const directory = await mkdtemp(join(tmpdir(), 'pyb-bench-'));
  const children: ChildProcess[] = [];
  const sink: OtlpSink | undefined = tracing ? await startOtlpSink() : undefined;
  try {
    const subgraphs = { urls: stack.urls, routerSecret: stack.routerSecret };
    const supergraphPath = await writeBenchSupergraph(directory, subgraphs);
    const pids = new Map<string, number>();
    const started = async (gateway: Promise<StartedGateway>) => {
      const { url, child } = await gateway;
      children.push(child);
      if (child.pid !== undefined) pids.set(url, child.pid);
      return url;
    };
    // The first two are also compared one request at a time: direct and router, or tracing off and on.
    const targets: [string, string][] = sink
      ? [
          ['router, tracing off', await started(startOurRouter(subgraphs, true))],
          [
            'router, tracing on',
            await started(
              startOurRouter(subgraphs, true, {
                OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint,
                OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
              }),
            ),
          ],
        ]
      : [
          ['direct (the plan’s calls)', await started(startDirectBaseline(subgraphs))],
          ['router', await started(startOurRouter(subgraphs, true))],
        ];
    if (!sink && !latencyOnly) {
      targets.push(['router, no dedup', await started(startOurRouter(subgraphs, false))]);
      targets.push(['Hive Gateway', await started(startHiveGateway(subgraphs, supergraphPath, true))]);
      targets.push(['Hive, no dedup', await started(startHiveGateway(subgraphs, supergraphPath, false))]);
    }
    // Last, so the report's first five stay direct, router, router without dedup and the two Hives.
    const baselineBuild = sink ? undefined : read.optionalString('BENCH_BASELINE_BUILD');
    const timed = targets.length;
    if (baselineBuild)
      targets.push([
        `router (${baselineBuild})`,
        await started(startOurRouter(subgraphs, true, {}, baselineBuild)),
      ]);

    const authorization = await signUpBenchUser(targets[1]![1]);
    const headers = { 'content-type': 'application/json', authorization };
    for (const [name, url] of targets) {
      const answer = await post(url, BENCH_QUERY, {}, { authorization });
      const items = (answer.data?.['me'] as { items?: { nodes?: unknown[] } } | undefined)?.items?.nodes;
      if (answer.errors || !items?.length) throw new Error(`${name} answered ${JSON.stringify(answer)}`);
      const meId = await post(url, ME_ID_QUERY, {}, { authorization });
      if (meId.errors || !(meId.data?.['me'] as { id?: string } | undefined)?.id)
        throw new Error(`${name} answered ${JSON.stringify(meId)}`);
    }

    console.log(`load average before: ${loadAverage()}`);
    const body = JSON.stringify({ query: BENCH_QUERY });
    const figures: Figures[] = [];
    if (!latencyOnly) {
      // Every target once before any is measured: the subgraphs warm up on the first, whichever it is.
      for (const [name, url] of targets) {
        console.log(`${name}: warm-up ${warmupSeconds} s …`);
        await autocannon({ connections, method: 'POST', headers, url, body, duration: warmupSeconds });
      }
      for (const [name, url] of targets) {
        figures.push(await drive(name, { connections, method: 'POST', headers, url, body }, durationSeconds));
      }
    }

    // Added latency: one request at a time, the first two targets alternating in rounds, per query.
    const rounds = 6;
    const queries = [
      ['three-subgraph read', BENCH_QUERY],
      ['me { id }', ME_ID_QUERY],
    ] as const;
    const samples = new Map<string, LatencyRow>();
    const compared = [targets[0]!, targets[1]!, ...(baselineBuild ? [targets[timed]!] : [])];
    if (latencyOnly) {
      console.log(`warm-up: ${warmupSeconds} s per target and query, one request at a time …`);
      for (const [, query] of queries)
        for (const [, url] of compared)
          await oneAtATime(url, headers, JSON.stringify({ query }), warmupSeconds);
    }
    console.log(
      `added latency: ${rounds} rounds of ${latencySeconds / rounds} s per target and query, one request at a time …`,
    );
    for (let round = 0; round < rounds; round += 1) {
      for (const [label, query] of queries) {
        for (const [name, url] of compared) {
          const pid = pids.get(url);
          const cpuBefore = pid === undefined ? 0 : await cpuMsOf(pid);
          const latencies = await oneAtATime(
            url,
            headers,
            JSON.stringify({ query }),
            latencySeconds / rounds,
          );
          const cpuMs = pid === undefined ? 0 : (await cpuMsOf(pid)) - cpuBefore;
          const row = samples.get(`${label}\u0000${name}`) ?? { name, latencies: [], cpuMs: 0 };
          samples.set(`${label}\u0000${name}`, {
            name,
            latencies: [...row.latencies, ...latencies],
            cpuMs: row.cpuMs + cpuMs,
          });
        }
      }
    }
    for (const [name, url] of targets) {
      const answer = await post(url, BENCH_QUERY, {}, { authorization });
      if (answer.errors) throw new Error(`${name} answered errors after its run: ${JSON.stringify(answer)}`);
    }

    const measured = {
      figures,
      connections,
      durationSeconds,
      loadAfter: loadAverage(),
      latency: queries.map(([label]): LatencyGroup => ({
        query: label,
        rows: compared.map(
          ([name]) => samples.get(`${label}\u0000${name}`) ?? { name, latencies: [], cpuMs: 0 },
        ),
      })),
    };
    if (sink) printTracingReport({ ...measured, exported: sink.received() });
    else printReport({ ...measured, stores: stack.stores });
  } finally {
    await sink?.close();
    for (const child of children) child.kill('SIGTERM');
    await stack.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
