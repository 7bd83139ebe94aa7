/**
 * Resident set and V8 heap of a running service, read through the memory probe each soak process
 * preloads (memory-probe-on-signal.mjs): a full collection first, so the heap figure is what is
 * still referenced, not wherever the collector happened to be.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface ProcessMemory {
  process: string;
  rssMb: number;
  /** V8 heap in use just after a full collection. */
  heapUsedMb: number;
  /** What V8 holds for its heap (heapTotal): it sizes this to the allocation rate, and RSS follows it. */
  heapTotalMb: number;
}

const MB = 1024 * 1024;

/** The last reading of a probe's `<pid>.memory.jsonl`, in megabytes, and how many readings it holds. */
export function lastProbeReading(
  jsonl: string,
): { readings: number; rssMb: number; heapUsedMb: number; heapTotalMb: number } | undefined {
  const lines = jsonl.split('\n').filter((line) => line.trim() !== '');
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  const { rss, heapUsed, heapTotal } = JSON.parse(last) as {
    rss: number;
    heapUsed: number;
    heapTotal: number;
  };
  return { readings: lines.length, rssMb: rss / MB, heapUsedMb: heapUsed / MB, heapTotalMb: heapTotal / MB };
}

async function readingsIn(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

/** Asks the probe in `pid` for a reading (SIGUSR2) and waits for it in `directory`. */
export async function probeMemory(
  process: string,
  pid: number,
  directory: string,
  timeoutMs = 30_000,
): Promise<ProcessMemory> {
  const path = join(directory, `${pid}.memory.jsonl`);
  const before = lastProbeReading(await readingsIn(path))?.readings ?? 0;
  globalThis.process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reading = lastProbeReading(await readingsIn(path));
    if (reading && reading.readings > before) {
      const { rssMb, heapUsedMb, heapTotalMb } = reading;
      return { process, rssMb, heapUsedMb, heapTotalMb };
    }
    if (Date.now() > deadline) throw new Error(`${process} (pid ${pid}) wrote no memory reading to ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let collectOwnGarbage: (() => void) | undefined;

/** The same reading of this process (the load clients and, when no MongoDB runs, the stand-in). */
export function ownMemory(process: string): ProcessMemory {
  if (!collectOwnGarbage) {
    setFlagsFromString('--expose-gc');
    collectOwnGarbage = runInNewContext('gc') as () => void;
  }
  collectOwnGarbage();
  const { rss, heapUsed, heapTotal } = globalThis.process.memoryUsage();
  return { process, rssMb: rss / MB, heapUsedMb: heapUsed / MB, heapTotalMb: heapTotal / MB };
}
