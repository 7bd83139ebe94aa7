import { BENCH_QUERY } from './bench-support.js';

/** One target's throughput run (autocannon). */
export interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** One target's one-request-at-a-time run of one query. */
export interface LatencyRow {
  name: string;
  /** Milliseconds, one per request. */
  latencies: number[];
  /** CPU time the target's own process spent over the run (user + system, 10 ms ticks). */
  cpuMs: number;
}

/** One query sent one request at a time to several targets, the baseline first. */
export interface LatencyGroup {
  query: string;
  rows: LatencyRow[];
}

export interface BenchReport {
  /**
   * In this order: direct, router, router without dedup, Hive Gateway, Hive without dedup; empty
   * with --latency-only.
   */
  figures: Figures[];
  connections: number;
  durationSeconds: number;
  loadAfter: string;
  /** One request at a time, per query: the direct baseline, then our router (and a baseline build of it). */
  latency: LatencyGroup[];
  stores: { postgres: string; redis: string; mongo: string };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p99 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.99) - 1)] ?? 0;
const ratio = (a: Figures, b: Figures) => (a.requestsPerSecond / b.requestsPerSecond).toFixed(2);
const overhead = (a: Figures, b: Figures) => `${a.p50 - b.p50 >= 0 ? '+' : ''}${(a.p50 - b.p50).toFixed(2)}`;

/** Each row after the first against the first: `p50 +1.23 ms`. */
const added = ({ rows: [baseline, ...others] }: LatencyGroup): [string, string][] =>
  others.map(({ name, latencies }) => {
    const difference = median(latencies) - median(baseline?.latencies ?? []);
    return [name, `p50 ${difference >= 0 ? '+' : ''}${difference.toFixed(2)} ms`];
  });

/** The throughput table (when there was a throughput run) and the one-request-at-a-time table. */
function printTables(report: Omit<BenchReport, 'stores'>): void {
  console.log('');
  console.log(`load average after: ${report.loadAfter}`);
  if (report.figures.length > 0) {
    console.log(`query: ${BENCH_QUERY}`);
    console.log(`${report.connections} connections, ${report.durationSeconds} s each`);
    console.log('target                      req/s     p50 ms   p99 ms   non-2xx  errors');
  }
  for (const row of report.figures) {
    console.log(
      [
        row.name.padEnd(26),
        row.requestsPerSecond.toFixed(0).padStart(6),
        row.p50.toFixed(2).padStart(8),
        row.p99.toFixed(2).padStart(8),
        String(row.non2xx).padStart(9),
        String(row.errors).padStart(7),
      ].join(' '),
    );
  }
  for (const pair of report.latency) {
    console.log('');
    console.log(`one request at a time: ${pair.query}`);
    console.log('target                             requests   p50 ms   p99 ms   CPU ms/req (its process)');
    for (const { name, latencies, cpuMs } of pair.rows) {
      console.log(
        [
          name.padEnd(34),
          String(latencies.length).padStart(8),
          median(latencies).toFixed(2).padStart(8),
          p99(latencies).toFixed(2).padStart(8),
          (latencies.length > 0 ? cpuMs / latencies.length : 0).toFixed(3).padStart(12),
        ].join(' '),
      );
    }
  }
}

/** Prints `npm run bench:router`'s tables and the ratios between the targets. */
export function printReport(report: BenchReport): void {
  printTables(report);
  console.log('');
  const [direct, router, routerNoDedup, hive, hiveNoDedup] = report.figures;
  if (direct && router && routerNoDedup && hive && hiveNoDedup)
    printThroughputRatios(direct, router, routerNoDedup, hive, hiveNoDedup);
  for (const group of report.latency) {
    for (const [name, difference] of added(group))
      console.log(`${name} adds, one request at a time: ${difference} over direct (${group.query})`);
  }
  console.log(
    `stores: ${report.stores.postgres}; Redis ${report.stores.redis}; MongoDB ${report.stores.mongo}`,
  );
}

function printThroughputRatios(
  direct: Figures,
  router: Figures,
  routerNoDedup: Figures,
  hive: Figures,
  hiveNoDedup: Figures,
): void {
  console.log(`router ÷ Hive Gateway (both as shipped):  ${ratio(router, hive)}× throughput`);
  console.log(`router ÷ Hive (both without dedup):       ${ratio(routerNoDedup, hiveNoDedup)}× throughput`);
  console.log(
    `router, no dedup ÷ direct (same calls):   ${ratio(routerNoDedup, direct)}× throughput, ` +
      `p50 ${overhead(routerNoDedup, direct)} ms over direct`,
  );
  console.log(
    `router ÷ direct:                          ${ratio(router, direct)}× throughput, ` +
      `p50 ${overhead(router, direct)} ms over direct`,
  );
}

export interface TracingReport extends Omit<BenchReport, 'stores'> {
  /** What the traced router sent to the OTLP sink. */
  exported: { requests: number; bytes: number };
}

/**
 * `npm run bench:router -- --tracing`: the router with tracing off and on side by side (figures in
 * this order, latency likewise), and what tracing costs (decision 1350).
 */
export function printTracingReport(report: TracingReport): void {
  printTables(report);
  console.log('');
  const [off, on] = report.figures;
  if (off && on)
    console.log(
      `tracing on ÷ off:                         ${ratio(on, off)}× throughput, p50 ${overhead(on, off)} ms`,
    );
  for (const group of report.latency) {
    for (const [, difference] of added(group))
      console.log(`tracing adds, one request at a time:      ${difference} (${group.query})`);
  }
  console.log(
    `exported: ${report.exported.requests} OTLP requests, ${(report.exported.bytes / 1e6).toFixed(1)} MB`,
  );
}
