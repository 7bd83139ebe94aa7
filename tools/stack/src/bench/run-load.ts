import { performance } from 'node:perf_hooks';
import { summarise, type LatencySummary } from './latency-summary.js';

export interface RunLoadOptions {
  /** Sends one request; resolves true when the answer was a success. */
  request: () => Promise<boolean>;
  /** Requests in flight at once. @default 16 */
  concurrency?: number;
  /** How long to keep sending. @default 10000 */
  durationMs?: number;
}

/** Closed-loop load: `concurrency` workers send back to back until the time is up. */
export async function runLoad(options: RunLoadOptions): Promise<LatencySummary> {
  const durationMs = options.durationMs ?? 10_000;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const ok = await options.request().catch(() => false);
      if (ok) latencies.push(performance.now() - sent);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  return summarise(latencies, errors, (performance.now() - started) / 1000);
}
