/**
 * Tells a plateau from a leak in a soak's minute-by-minute memory readings: the slope of the first
 * half against the slope of the last half. A heap that grows to the load and then holds has a
 * steep first half and a flat last half; a leak keeps its slope to the end.
 */

/** Growth below this many MB a minute counts as flat (after a full collection the heap is steady to ~1 MB). */
export const FLAT_MB_PER_MINUTE = 0.5;

export type MemoryVerdict = 'flat' | 'plateau' | 'growing';

export interface MemoryTrend {
  firstHalfMbPerMinute: number;
  lastHalfMbPerMinute: number;
  verdict: MemoryVerdict;
}

/** Least-squares slope of readings taken one minute apart, in MB a minute (0 for fewer than two). */
export function slopePerMinute(readings: readonly number[]): number {
  const n = readings.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = readings.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of readings.entries()) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  return covariance / variance;
}

/**
 * `readings[i]` is the reading at minute i. The halves share the middle reading, so each has at
 * least two points from three readings on.
 */
export function memoryTrend(readings: readonly number[], flatMbPerMinute = FLAT_MB_PER_MINUTE): MemoryTrend {
  const middle = Math.floor((readings.length - 1) / 2);
  const firstHalfMbPerMinute = slopePerMinute(readings.slice(0, middle + 1));
  const lastHalfMbPerMinute = slopePerMinute(readings.slice(middle));
  const verdict: MemoryVerdict =
    lastHalfMbPerMinute > flatMbPerMinute
      ? 'growing'
      : firstHalfMbPerMinute > flatMbPerMinute
        ? 'plateau'
        : 'flat';
  return { firstHalfMbPerMinute, lastHalfMbPerMinute, verdict };
}
