import { describe, expect, it } from 'vitest';
import { nextRun } from './next-run.js';

describe('nextRun', () => {
  const times = [
    { hour: 3, minute: 0 },
    { hour: 15, minute: 30 },
  ];

  it('picks the next time later the same day', () => {
    expect(nextRun(times, new Date('2026-12-06T02:59:59Z')).toISOString()).toBe('2026-12-06T03:00:00.000Z');
    expect(nextRun(times, new Date('2026-12-06T03:00:00Z')).toISOString()).toBe('2026-12-06T15:30:00.000Z');
  });

  it('rolls over to the first time of the next day, across a month end', () => {
    expect(nextRun(times, new Date('2026-12-31T16:00:00Z')).toISOString()).toBe('2027-01-01T03:00:00.000Z');
  });
});
