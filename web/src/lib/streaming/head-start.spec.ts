import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { headStart } from './head-start';

describe('headStart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves as soon as the work settles, fulfilled or rejected', async () => {
    let done = false;
    void headStart(Promise.resolve('data'), 250).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);

    let failed = false;
    void headStart(Promise.reject(new Error('down')), 250).then(() => (failed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(failed).toBe(true);
  });

  it('stops waiting after the head start when the work is slow', async () => {
    let done = false;
    void headStart(new Promise(() => {}), 250).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
