/** Resident set and V8 heap of a running service: what the soak prints at its start and end. */
import { readFile } from 'node:fs/promises';

export interface ProcessMemory {
  process: string;
  rssMb: number;
  /** From the process's Prometheus metrics (prom-client's default nodejs_heap_size_used_bytes). */
  heapUsedMb: number | undefined;
}

/** VmRSS of the text of /proc/<pid>/status, in megabytes. */
export function rssMbOf(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error('no VmRSS line in /proc/<pid>/status');
  return Number(match[1]) / 1024;
}

/** nodejs_heap_size_used_bytes (with any prefix, the router's is `router_`) of a metrics page, in megabytes. */
export function heapUsedMbOf(metrics: string): number | undefined {
  const match = /^(?:\w+_)?nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/m.exec(
    metrics,
  );
  return match ? Number(match[1]) / 1024 / 1024 : undefined;
}

export async function memoryOf(process: string, pid: number, metricsUrl: string): Promise<ProcessMemory> {
  const rssMb = rssMbOf(await readFile(`/proc/${pid}/status`, 'utf8'));
  let heapUsedMb: number | undefined;
  try {
    heapUsedMb = heapUsedMbOf(await (await fetch(metricsUrl)).text());
  } catch {
    heapUsedMb = undefined;
  }
  return { process, rssMb, heapUsedMb };
}
