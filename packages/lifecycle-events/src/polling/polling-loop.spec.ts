import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPollingLoop } from './polling-loop.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createPollingLoop', () => {
  it('runs rounds back to back while they do work and waits the interval after an idle one', async () => {
    const work = [3, 1, 0, 2, 0];
    const round = vi.fn(async () => work.shift() ?? 0);
    const loop = createPollingLoop({ round, intervalMs: 1000, onError: () => undefined });

    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(3); // 3, 1, then idle
    await vi.advanceTimersByTimeAsync(999);
    expect(round).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(5); // 2, then idle again

    await loop.stop();
  });

  it('retries a failed preparation every interval before the first round, and reports each failure', async () => {
    const errors: string[] = [];
    let failures = 2;
    const prepare = vi.fn(async () => {
      if (failures-- > 0) throw new Error('queue away');
    });
    const round = vi.fn(async () => 0);
    const loop = createPollingLoop({
      prepare,
      round,
      intervalMs: 500,
      onError: (error, phase) => errors.push(`${phase}: ${(error as Error).message}`),
    });

    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(prepare).toHaveBeenCalledTimes(3);
    expect(round).toHaveBeenCalledTimes(1);
    expect(errors).toEqual(['prepare: queue away', 'prepare: queue away']);

    await loop.stop();
  });

  it('keeps going after a failed round, and stop ends the wait at once', async () => {
    const errors: string[] = [];
    const round = vi.fn(async () => {
      throw new Error('database away');
    });
    const loop = createPollingLoop({
      round,
      intervalMs: 60_000,
      onError: (_error, phase) => errors.push(phase),
    });

    loop.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(round).toHaveBeenCalledTimes(2);
    expect(errors).toEqual(['round', 'round']);

    await loop.stop(); // no timer advance needed: the wait is cut short
    expect(loop.isStopping()).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(round).toHaveBeenCalledTimes(2);
  });
});
