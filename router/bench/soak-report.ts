/** Prints `npm run bench:load -- --soak`'s figures: each minute, then memory at the start and the end. */
import type { LatencySummary } from '@packyourbag/stack';
import type { ProcessMemory } from './process-memory.js';

/** One minute of the soak. */
export interface SoakMinute {
  summary: LatencySummary;
  /** Database transactions (pg_stat_database) in the minute. */
  transactions: number;
  rowsRead: number;
  /** CPU ms of the gateway and the subgraphs together in the minute. */
  systemCpuMs: number;
}

const fixed = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width);

export function printSoakMinute(index: number, minute: SoakMinute): void {
  const { summary } = minute;
  const requests = Math.max(summary.requests + summary.errors, 1);
  if (index === 0)
    console.log('minute  req/s   p50 ms   p99 ms  errors  SQL xact/req  rows read/req  system CPU ms/req');
  console.log(
    `${String(index + 1).padStart(6)}${fixed(summary.requestsPerSecond, 7, 0)}${fixed(summary.p50Ms, 9)}${fixed(summary.p99Ms, 9)}${String(summary.errors).padStart(8)}${fixed(minute.transactions / requests, 14, 2)}${fixed(minute.rowsRead / requests, 15, 1)}${fixed(minute.systemCpuMs / requests, 19, 2)}`,
  );
}

export function printSoakMemory(start: readonly ProcessMemory[], end: readonly ProcessMemory[]): void {
  const mb = (value: number | undefined) => (value === undefined ? '     n/a' : fixed(value, 8));
  console.log('\nmemory (MB)   RSS start  RSS end  heap start  heap end');
  for (const [index, first] of start.entries()) {
    const last = end[index];
    console.log(
      `${first.process.padEnd(12)}${mb(first.rssMb)}${mb(last?.rssMb).padStart(9)}${mb(first.heapUsedMb).padStart(12)}${mb(last?.heapUsedMb).padStart(10)}`,
    );
  }
}
