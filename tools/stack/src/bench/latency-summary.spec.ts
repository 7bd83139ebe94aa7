import { describe, expect, it } from 'vitest';
import { percentile, summarise } from './latency-summary.js';

describe('latency summary', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });

  it('summarises throughput, errors and the tail', () => {
    const summary = summarise([30, 10, 20, 40], 1, 2);
    expect(summary).toEqual({
      requests: 4,
      errors: 1,
      requestsPerSecond: 2,
      p50Ms: 20,
      p90Ms: 40,
      p95Ms: 40,
      p99Ms: 40,
      maxMs: 40,
    });
  });
});
