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

  it('a wake-up while the preparation keeps failing retries it once at once, then every interval again', async () => {
    let failures = 1000;
    const prepare = vi.fn(async () => {
      if (failures-- > 0) throw new Error('subscription refused');
    });
    const loop = createPollingLoop({
      prepare,
      round: async () => 0,
      intervalMs: 500,
      onError: () => undefined,
    });

    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(prepare).toHaveBeenCalledTimes(1);
    loop.wake(); // the listener (re)connected: worth trying now
    await vi.advanceTimersByTimeAsync(0);
    expect(prepare).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(prepare).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(prepare).toHaveBeenCalledTimes(3);

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

  it('a wake-up ends the idle wait at once; without one the loop sleeps the whole interval', async () => {
    const round = vi.fn(async () => 0);
    const loop = createPollingLoop({ round, intervalMs: 60_000, onError: () => undefined });

    loop.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(round).toHaveBeenCalledTimes(1);
    loop.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(3);

    await loop.stop();
  });

  it('a wake-up during a round that finds nothing runs one more round right after it', async () => {
    let finish: (() => void) | undefined;
    const round = vi.fn(
      () =>
        new Promise<number>((resolve) => {
          finish = () => resolve(0);
        }),
    );
    const loop = createPollingLoop({ round, intervalMs: 60_000, onError: () => undefined });

    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(1);
    loop.wake(); // the notification of a commit the running round's read may have missed
    finish?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(2);
    finish?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(2); // no wake-up this time: waiting the interval

    await loop.stop();
  });

  it('wakeIn wakes the loop after the delay (a retry falling due); stop cancels it', async () => {
    const round = vi.fn(async () => 0);
    const loop = createPollingLoop({ round, intervalMs: 60_000, onError: () => undefined });

    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    loop.wakeIn(2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(2);

    loop.wakeIn(2000);
    await loop.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(round).toHaveBeenCalledTimes(2);
  });

  it('waits retryMs, not the long interval, after a failed round', async () => {
    let failures = 1;
    const round = vi.fn(async () => {
      if (failures-- > 0) throw new Error('database away');
      return 0;
    });
    const loop = createPollingLoop({ round, intervalMs: 60_000, retryMs: 5000, onError: () => undefined });

    loop.start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(round).toHaveBeenCalledTimes(2);

    await loop.stop();
  });
});
