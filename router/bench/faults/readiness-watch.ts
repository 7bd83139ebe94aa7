/**
 * Polls every service's `/health/ready` through the fault run, as a load balancer would, and
 * keeps when each answered ready and when not; `notReadyMs` adds up the time a service was not
 * ready within a window (from one sample to the next, a sample's answer holds).
 */
import { performance } from 'node:perf_hooks';

export interface ReadinessSample {
  atMs: number;
  ready: boolean;
}

export interface ReadinessWatch {
  /** Samples per service, oldest first. */
  samples: ReadonlyMap<string, readonly ReadinessSample[]>;
  /** The latest answer of `service`; undefined before its first. */
  latest(service: string): boolean | undefined;
  /** Resolves once every one of `services` answered `ready` (a fresh probe each), or throws after `timeoutMs`. */
  waitFor(services: readonly string[], ready: boolean, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** Milliseconds `samples` say the service was not ready between `fromMs` and `toMs`. */
export function notReadyMs(samples: readonly ReadinessSample[], fromMs: number, toMs: number): number {
  let total = 0;
  samples.forEach((sample, index) => {
    if (sample.ready) return;
    const until = samples[index + 1]?.atMs ?? toMs;
    const start = Math.max(sample.atMs, fromMs);
    const end = Math.min(until, toMs);
    if (end > start) total += end - start;
  });
  return total;
}

export interface ReadinessWatchOptions {
  /** Service name → its readiness URL. */
  urls: Record<string, string>;
  /** The run's time origin (performance.now() at its start). */
  originMs: number;
  /** @default 250 */
  intervalMs?: number;
  /** A probe without an answer this long counts as not ready. @default 2000 */
  probeTimeoutMs?: number;
}

async function isReady(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export function watchReadiness(options: ReadinessWatchOptions): ReadinessWatch {
  const intervalMs = options.intervalMs ?? 250;
  const probeTimeoutMs = options.probeTimeoutMs ?? 2000;
  const samples = new Map<string, ReadinessSample[]>(Object.keys(options.urls).map((name) => [name, []]));
  const rounds = new Set<() => void>();
  let stopped = false;
  const loop = async (name: string, url: string) => {
    while (!stopped) {
      const ready = await isReady(url, probeTimeoutMs);
      samples.get(name)!.push({ atMs: performance.now() - options.originMs, ready });
      for (const notify of rounds) notify();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  };
  const loops = Object.entries(options.urls).map(([name, url]) => loop(name, url));
  const latest = (service: string) => samples.get(service)?.at(-1)?.ready;
  return {
    samples,
    latest,
    waitFor: (services, ready, timeoutMs) =>
      new Promise((resolve, reject) => {
        // Only answers that arrive from now on count: an old sample may predate the change awaited.
        const counted = new Map(services.map((name) => [name, samples.get(name)?.length ?? 0]));
        const check = () => {
          const done = services.every(
            (name) => (samples.get(name)?.length ?? 0) > counted.get(name)! && latest(name) === ready,
          );
          if (!done) return;
          finish();
          resolve();
        };
        const timer = setTimeout(() => {
          finish();
          reject(
            new Error(
              `readiness: ${services.join(', ')} not all ${ready ? 'ready' : 'unready'} within ${timeoutMs / 1000} s ` +
                `(latest: ${services.map((name) => `${name} ${latest(name)}`).join(', ')})`,
            ),
          );
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          rounds.delete(check);
        };
        rounds.add(check);
      }),
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
