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

export interface BenchReport {
  /** In this order: direct, router, router without dedup, Hive Gateway, Hive without dedup. */
  figures: Figures[];
  connections: number;
  durationSeconds: number;
  loadAfter: string;
  /** One request at a time: the direct baseline's latencies, then our router's (milliseconds). */
  latency: [[string, number[]], [string, number[]]];
  stores: { postgres: string; redis: string; mongo: string };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p99 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.99) - 1)] ?? 0;
const ratio = (a: Figures, b: Figures) => (a.requestsPerSecond / b.requestsPerSecond).toFixed(2);
const overhead = (a: Figures, b: Figures) => `${a.p50 - b.p50 >= 0 ? '+' : ''}${(a.p50 - b.p50).toFixed(2)}`;

/** The throughput table and the one-request-at-a-time table, for any targets. */
function printTables(report: Omit<BenchReport, 'stores'>): void {
  console.log('');
  console.log(`query: ${BENCH_QUERY}`);
  console.log(
    `${report.connections} connections, ${report.durationSeconds} s each; load average after: ${report.loadAfter}`,
  );
  console.log('target                      req/s     p50 ms   p99 ms   non-2xx  errors');
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
  console.log('');
  console.log('one request at a time              requests   p50 ms   p99 ms');
  for (const [name, values] of report.latency) {
    console.log(
      `${name.padEnd(34)} ${String(values.length).padStart(8)} ${median(values).toFixed(2).padStart(8)} ${p99(values).toFixed(2).padStart(8)}`,
    );
  }
}

/** Prints `npm run bench:router`'s tables and the ratios between the targets. */
export function printReport(report: BenchReport): void {
  const [direct, router, routerNoDedup, hive, hiveNoDedup] = report.figures as [
    Figures,
    Figures,
    Figures,
    Figures,
    Figures,
  ];
  printTables(report);
  const [[, directLatency], [, routerLatency]] = report.latency;
  console.log('');
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
  console.log(
    `router adds, one request at a time:       p50 +${(median(routerLatency) - median(directLatency)).toFixed(2)} ms over direct`,
  );
  console.log(
    `stores: ${report.stores.postgres}; Redis ${report.stores.redis}; MongoDB ${report.stores.mongo}`,
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
  const [off, on] = report.figures as [Figures, Figures];
  const [[, offLatency], [, onLatency]] = report.latency;
  printTables(report);
  console.log('');
  console.log(
    `tracing on ÷ off:                         ${ratio(on, off)}× throughput, p50 ${overhead(on, off)} ms`,
  );
  console.log(
    `tracing adds, one request at a time:      p50 ${(median(onLatency) - median(offLatency)).toFixed(2)} ms`,
  );
  console.log(
    `exported: ${report.exported.requests} OTLP requests, ${(report.exported.bytes / 1e6).toFixed(1)} MB`,
  );
}
