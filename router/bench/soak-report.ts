/** Prints `npm run bench:load -- --soak`'s figures: each minute's traffic, then each minute's memory and a verdict. */
import type { LatencySummary } from '@packyourbag/stack';
import { FLAT_MB_PER_MINUTE, memoryTrend } from './memory-trend.js';
import type { ProcessMemory } from './process-memory.js';

/** One minute of the soak. */
export interface SoakMinute {
  summary: LatencySummary;
  /** Database transactions (pg_stat_database) in the minute. */
  transactions: number;
  rowsRead: number;
  /** CPU ms of the gateway and the subgraphs together in the minute. */
  systemCpuMs: number;
  /** The machine's 1-minute load average at the minute's end (other work on it moves req/s and p99). */
  loadAverage1m: number;
  errorsByCode: ReadonlyMap<string, number>;
}

const fixed = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width);

export function printSoakMinute(index: number, minute: SoakMinute): void {
  const { summary } = minute;
  const requests = Math.max(summary.requests + summary.errors, 1);
  if (index === 0)
    console.log(
      'minute  req/s   p50 ms   p99 ms  errors  SQL xact/req  rows read/req  system CPU ms/req  load',
    );
  console.log(
    `${String(index + 1).padStart(6)}${fixed(summary.requestsPerSecond, 7, 0)}${fixed(summary.p50Ms, 9)}${fixed(summary.p99Ms, 9)}${String(summary.errors).padStart(8)}${fixed(minute.transactions / requests, 14, 2)}${fixed(minute.rowsRead / requests, 15, 1)}${fixed(minute.systemCpuMs / requests, 19, 2)}${fixed(minute.loadAverage1m, 6)}`,
  );
  if (minute.errorsByCode.size > 0)
    console.log(
      `        errors: ${[...minute.errorsByCode].map(([code, count]) => `${code} ${count}`).join(', ')}`,
    );
}

/**
 * Memory of every process at minute 0 (after the warm-up) and after each minute, after a full
 * collection, then a verdict per process: the slope of the first half against the last half.
 */
export function printSoakMemory(minutes: readonly (readonly ProcessMemory[])[]): void {
  const first = minutes[0] ?? [];
  console.log("\nmemory after a full GC (MB): RSS / V8's heap (heapTotal) / heap in use");
  console.log(`minute${first.map(({ process }) => process.padStart(24)).join('')}`);
  for (const [index, readings] of minutes.entries())
    console.log(
      `${String(index).padStart(6)}${readings.map(({ rssMb, heapTotalMb, heapUsedMb }) => `${fixed(rssMb, 5, 0)} /${fixed(heapTotalMb, 4, 0)} /${fixed(heapUsedMb, 6)}`.padStart(24)).join('')}`,
    );
  console.log(`\nverdict (MB a minute, first half → last half; flat below ${FLAT_MB_PER_MINUTE}):`);
  for (const [column, { process }] of first.entries()) {
    const series = (pick: (memory: ProcessMemory) => number) =>
      minutes.map((readings) => pick(readings[column]!));
    const describe = (label: string, values: number[]) => {
      const trend = memoryTrend(values);
      const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
      return `${label} ${values[0]!.toFixed(0)} → ${values.at(-1)!.toFixed(0)} (${signed(trend.firstHalfMbPerMinute)} → ${signed(trend.lastHalfMbPerMinute)}) ${trend.verdict}`;
    };
    console.log(
      `${process.padEnd(22)}${describe(
        'RSS',
        series((memory) => memory.rssMb),
      ).padEnd(44)}${describe(
        'heap',
        series((memory) => memory.heapUsedMb),
      )}`,
    );
  }
}
