import { describe, expect, it } from 'vitest';
import { heapUsedMbOf, rssMbOf } from './process-memory.js';

describe('process memory readings', () => {
  it('reads VmRSS from /proc/<pid>/status in megabytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t  999999 kB\nVmRSS:\t  102400 kB\nRssAnon:\t   90000 kB\n';
    expect(rssMbOf(status)).toBe(100);
    expect(() => rssMbOf('Name:\tnode\n')).toThrow(/VmRSS/);
  });

  it("reads the heap in use from prom-client's default metrics, prefixed or not", () => {
    const page = [
      '# HELP nodejs_heap_size_total_bytes Process heap size from Node.js in bytes.',
      'nodejs_heap_size_total_bytes 99999999',
      'nodejs_heap_size_used_bytes 52428800',
    ].join('\n');
    expect(heapUsedMbOf(page)).toBe(50);
    expect(heapUsedMbOf('router_nodejs_heap_size_used_bytes 1.048576e7')).toBe(10);
    expect(heapUsedMbOf('nothing here')).toBeUndefined();
  });
});
