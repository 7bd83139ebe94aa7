import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from one second and stops at the maximum', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(30)).toBe(300_000);
    expect(backoffDelay(3, { initialMs: 50, factor: 3, maxMs: 400 })).toBe(400);
  });
});
