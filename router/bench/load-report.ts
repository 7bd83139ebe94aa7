/** Prints `npm run bench:load`'s tables: throughput and latency, errors, CPU per request, ratios. */
import type { LatencySummary } from '@packyourbag/stack';

/** One process's CPU time over a measured window. */
export interface ProcessCpu {
  /** gateway, auth, packing, preferences, or client (this process, the load driver). */
  process: string;
  cpuMs: number;
}

/** One target's measured window. */
export interface TargetRun {
  name: string;
  summary: LatencySummary;
  errorsByCode: ReadonlyMap<string, number>;
  cpu: readonly ProcessCpu[];
  /** 1, 5 and 15 minute load averages before and after the window. */
  loadBefore: string;
  loadAfter: string;
}

export interface LoadReport {
  runs: readonly TargetRun[];
  users: number;
  clients: number;
  durationSeconds: number;
  mix: string;
  stores: { postgres: string; redis: string; mongo: string };
}

/** Everything but the load driver: what the system under test spends. */
const systemCpuMs = (run: TargetRun) =>
  run.cpu.filter((entry) => entry.process !== 'client').reduce((sum, entry) => sum + entry.cpuMs, 0);
const perRequest = (cpuMs: number, run: TargetRun) =>
  run.summary.requests + run.summary.errors > 0 ? cpuMs / (run.summary.requests + run.summary.errors) : 0;
const cell = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width);

export function printLoadReport(report: LoadReport): void {
  const processes = [...new Set(report.runs.flatMap((run) => run.cpu.map((entry) => entry.process)))];
  const nameWidth = Math.max(24, ...report.runs.map((run) => run.name.length + 2));
  console.log('');
  console.log(
    `${report.users} users, ${report.clients} concurrent clients, ${report.durationSeconds} s per target; mix: ${report.mix}`,
  );
  console.log(`${'target'.padEnd(nameWidth)} req/s   p50 ms   p95 ms   p99 ms   errors`);
  for (const run of report.runs) {
    const { summary } = run;
    console.log(
      `${run.name.padEnd(nameWidth)}${cell(summary.requestsPerSecond, 6, 0)}${cell(summary.p50Ms, 9)}${cell(summary.p95Ms, 9)}${cell(summary.p99Ms, 9)}${String(summary.errors).padStart(9)}`,
    );
  }
  console.log('');
  console.log('errors by code:');
  for (const run of report.runs) {
    const codes = [...run.errorsByCode].map(([code, count]) => `${code} ${count}`).join(', ');
    console.log(`  ${run.name.padEnd(nameWidth)}${codes || 'none'}`);
  }
  console.log('');
  console.log(
    `CPU ms per request (user + system, /proc; 10 ms ticks)\n${'target'.padEnd(nameWidth)}${processes.map((name) => name.padStart(12)).join('')}${'system'.padStart(10)}`,
  );
  for (const run of report.runs) {
    const byProcess = new Map(run.cpu.map((entry) => [entry.process, entry.cpuMs]));
    console.log(
      `${run.name.padEnd(nameWidth)}${processes.map((name) => cell(perRequest(byProcess.get(name) ?? 0, run), 12, 2)).join('')}${cell(perRequest(systemCpuMs(run), run), 10, 2)}`,
    );
  }
  console.log('  (system: the gateway and the three subgraphs; client: this process driving the load)');
  console.log('');
  console.log('load average (1, 5, 15 min) before → after each window:');
  for (const run of report.runs)
    console.log(`  ${run.name.padEnd(nameWidth)}${run.loadBefore} → ${run.loadAfter}`);
  const [ours, ...peers] = report.runs;
  if (ours) {
    console.log('');
    for (const peer of peers) {
      const throughput = ours.summary.requestsPerSecond / peer.summary.requestsPerSecond;
      const cpu = perRequest(systemCpuMs(ours), ours) / perRequest(systemCpuMs(peer), peer);
      console.log(
        `${ours.name} ÷ ${peer.name}: ${throughput.toFixed(2)}× throughput, ${cpu.toFixed(2)}× system CPU per request`,
      );
    }
  }
  console.log(
    `stores: ${report.stores.postgres}; Redis ${report.stores.redis}; MongoDB ${report.stores.mongo}`,
  );
}
