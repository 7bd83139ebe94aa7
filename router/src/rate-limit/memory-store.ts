import type { BucketShape, BucketStore } from './bucket-store.js';
import { applyToBucket, type TokenBucket } from './token-bucket.js';

export interface MemoryBucketStoreOptions extends BucketShape {
  /**
   * The clock, in milliseconds; tests inject a fake one.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Buckets kept before full ones are swept out (a full bucket is the same as a missing one).
   * @default 100000
   */
  sweepAbove?: number;
}

/** Buckets in this process: exact for one router instance (used when REDIS_URL is unset). */
export function createMemoryBucketStore(options: MemoryBucketStoreOptions): BucketStore {
  const now = options.now ?? Date.now;
  const sweepAbove = options.sweepAbove ?? 100_000;
  const buckets = new Map<string, TokenBucket>();
  const fullAfterMs = (options.capacity / options.restorePerSecond) * 1000;

  const sweep = (nowMs: number) => {
    for (const [key, bucket] of buckets) {
      if (nowMs - bucket.atMs >= fullAfterMs) buckets.delete(key);
    }
  };

  return {
    async apply(key, cost) {
      const nowMs = now();
      const { bucket, state } = applyToBucket(buckets.get(key), options, cost, nowMs);
      buckets.set(key, bucket);
      if (buckets.size > sweepAbove) sweep(nowMs);
      return state;
    },
    async close() {
      buckets.clear();
    },
  };
}
