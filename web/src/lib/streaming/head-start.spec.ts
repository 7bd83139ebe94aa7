import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { headStart, type HeadStartOutcome } from './head-start';

describe('headStart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the value as soon as the work settles within the head start', async () => {
    let outcome: HeadStartOutcome<string> | undefined;
    void headStart(Promise.resolve('data'), 250).then((value) => (outcome = value));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toEqual({ settled: true, value: 'data' });
  });

  it('leaves slow or failed work to be streamed', async () => {
    let slow: HeadStartOutcome<unknown> | undefined;
    void headStart(new Promise(() => {}), 250).then((value) => (slow = value));
    await vi.advanceTimersByTimeAsync(249);
    expect(slow).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(slow).toEqual({ settled: false });

    let failed: HeadStartOutcome<unknown> | undefined;
    void headStart(Promise.reject(new Error('down')), 250).then((value) => (failed = value));
    await vi.advanceTimersByTimeAsync(0);
    expect(failed).toEqual({ settled: false });
  });
});
