import { describe, expect, it } from 'vitest';
import { lastProbeReading } from './process-memory.js';

describe('memory probe readings', () => {
  it("reads the last line of a probe's file in megabytes, and counts the readings", () => {
    const jsonl = [
      JSON.stringify({
        at: 1,
        rss: 200 * 1024 * 1024,
        heapUsed: 80 * 1024 * 1024,
        heapTotal: 150 * 1024 * 1024,
      }),
      JSON.stringify({
        at: 2,
        rss: 100 * 1024 * 1024,
        heapUsed: 50 * 1024 * 1024,
        heapTotal: 70 * 1024 * 1024,
      }),
      '',
    ].join('\n');
    expect(lastProbeReading(jsonl)).toEqual({ readings: 2, rssMb: 100, heapUsedMb: 50, heapTotalMb: 70 });
  });

  it('has no reading before the probe wrote one', () => {
    expect(lastProbeReading('')).toBeUndefined();
  });
});
