import { describe, expect, it } from 'vitest';
import { notReadyMs } from './readiness-watch.js';

describe('notReadyMs', () => {
  const samples = [
    { atMs: 0, ready: true },
    { atMs: 100, ready: false },
    { atMs: 300, ready: false },
    { atMs: 400, ready: true },
    { atMs: 900, ready: false },
  ];

  it('holds each answer until the next sample, the last one until the end of the window', () => {
    expect(notReadyMs(samples, 0, 1000)).toBe(300 + 100);
  });

  it('counts only the part inside the window', () => {
    expect(notReadyMs(samples, 200, 950)).toBe(200 + 50);
    expect(notReadyMs(samples, 400, 900)).toBe(0);
  });
});
