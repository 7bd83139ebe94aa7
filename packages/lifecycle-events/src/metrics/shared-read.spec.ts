import { describe, expect, it } from 'vitest';
import { sharedWhilePending } from './shared-read.js';

describe('sharedWhilePending', () => {
  it('serves concurrent callers with one read, and reads again once it settled', async () => {
    let reads = 0;
    const read = sharedWhilePending(async () => {
      reads += 1;
      return reads;
    });

    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    expect(await read()).toBe(2);
  });

  it('a failed read is not kept: the next call reads again', async () => {
    let fail = true;
    const read = sharedWhilePending(async () => {
      if (fail) throw new Error('down');
      return 'up';
    });

    await expect(read()).rejects.toThrow('down');
    fail = false;
    await expect(read()).resolves.toBe('up');
  });
});
