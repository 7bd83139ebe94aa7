import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from './retry-delay';

const middle = () => 0.5;

describe('retryDelayMs', () => {
  it('doubles the backoff per attempt, jittered within its upper half', () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs({ attempt, random: () => 0 }))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs({ attempt, random: () => 0.999999 }))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });

  it('never retries sooner than Retry-After', () => {
    expect(retryDelayMs({ attempt: 0, retryAfterSeconds: 2, random: middle })).toBe(2000);
    expect(retryDelayMs({ attempt: 3, retryAfterSeconds: 2, random: middle })).toBe(6000);
  });

  it('caps every wait, Retry-After and backoff alike', () => {
    expect(retryDelayMs({ attempt: 20, random: () => 0.999999 })).toBe(10_000);
    expect(retryDelayMs({ attempt: 0, retryAfterSeconds: 3600, random: middle })).toBe(10_000);
    expect(retryDelayMs({ attempt: 5, maxDelayMs: 3000, random: () => 0.999999 })).toBe(3000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2);
    expect(parseRetryAfter('Sun, 06 Dec 2026 12:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('Sun, 06 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
