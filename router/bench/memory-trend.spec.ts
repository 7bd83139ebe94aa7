import { describe, expect, it } from 'vitest';
import { memoryTrend, slopePerMinute } from './memory-trend.js';

describe('memory trend of a soak', () => {
  it('fits the slope in MB a minute', () => {
    expect(slopePerMinute([10, 12, 14, 16])).toBeCloseTo(2);
    expect(slopePerMinute([50, 49, 51, 50])).toBeCloseTo(0.2);
    expect(slopePerMinute([42])).toBe(0);
  });

  it('calls a heap that grows to the load and then holds a plateau', () => {
    const trend = memoryTrend([54, 64, 72, 78, 80, 80.5, 80, 80.3, 80.1]);
    expect(trend.verdict).toBe('plateau');
    expect(trend.firstHalfMbPerMinute).toBeGreaterThan(5);
    expect(trend.lastHalfMbPerMinute).toBeLessThan(0.5);
  });

  it('calls a heap that keeps its slope to the end growing, however slowly it started', () => {
    expect(memoryTrend([54, 55, 57, 60, 63, 66, 69, 72, 75]).verdict).toBe('growing');
    expect(memoryTrend([54, 54, 54, 54, 54, 55, 56, 57, 58]).verdict).toBe('growing');
  });

  it('calls steady or shrinking readings flat', () => {
    expect(memoryTrend([80, 79, 81, 80, 80, 79.5, 80]).verdict).toBe('flat');
    expect(memoryTrend([130, 110, 95, 80, 75, 73, 73]).verdict).toBe('flat');
  });
});
