import type { BucketShape, BucketState } from './bucket-store.js';

/** A bucket's stored state: points at a moment. */
export interface TokenBucket {
  tokens: number;
  atMs: number;
}

/**
 * One charge (cost ≥ 0, taken only if available) or refund (cost < 0, capped at capacity) at
 * `nowMs`. The same arithmetic as the Redis script in redis-store.ts.
 */
export function applyToBucket(
  bucket: TokenBucket | undefined,
  shape: BucketShape,
  cost: number,
  nowMs: number,
): { bucket: TokenBucket; state: BucketState } {
  const perMs = shape.restorePerSecond / 1000;
  const elapsed = bucket ? Math.max(0, nowMs - bucket.atMs) : 0;
  let tokens = bucket ? Math.min(shape.capacity, bucket.tokens + elapsed * perMs) : shape.capacity;
  let allowed = true;
  let retryAfterMs = 0;
  if (cost >= 0) {
    if (cost <= tokens) tokens -= cost;
    else {
      allowed = false;
      retryAfterMs = Math.ceil((cost - tokens) / perMs);
    }
  } else {
    tokens = Math.min(shape.capacity, tokens - cost);
  }
  return { bucket: { tokens, atMs: nowMs }, state: { allowed, remaining: tokens, retryAfterMs } };
}
