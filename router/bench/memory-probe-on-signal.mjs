// Preloaded with `NODE_OPTIONS=--import …/memory-probe-on-signal.mjs` by `npm run bench:load --soak`
// (Node 20 refuses --expose-gc in NODE_OPTIONS, and the stack starts the services with fixed
// arguments). With $MEMORY_PROBE_DIR set:
// - SIGUSR2: a full garbage collection, then one JSON line of process.memoryUsage() appended to
//   $MEMORY_PROBE_DIR/<pid>.memory.jsonl, so the soak reads the heap that is still referenced
//   rather than wherever the collector happened to be;
// - SIGWINCH (ignored by default, so a process without the probe is not killed by it): a heap
//   snapshot, $MEMORY_PROBE_DIR/<pid>-<n>.heapsnapshot (V8 collects before it snapshots).
import { appendFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';

const directory = process.env.MEMORY_PROBE_DIR;
if (directory) {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc');
  let snapshots = 0;
  process.on('SIGUSR2', () => {
    collectGarbage();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const line = { at: Date.now(), rss, heapUsed, heapTotal, external, arrayBuffers };
    appendFileSync(join(directory, `${process.pid}.memory.jsonl`), `${JSON.stringify(line)}\n`);
  });
  process.on('SIGWINCH', () => {
    snapshots += 1;
    const path = join(directory, `${process.pid}-${snapshots}.heapsnapshot`);
    // Renamed only once complete, so the bench never reads half a snapshot.
    renameSync(writeHeapSnapshot(`${path}.partial`), path);
  });
}
