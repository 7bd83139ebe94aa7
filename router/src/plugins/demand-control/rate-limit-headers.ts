import type { BucketShape } from '../../rate-limit/bucket-store.js';

/** The policy's name in the headers. */
const POLICY = '"cost"';

/**
 * `RateLimit-Policy` and `RateLimit` as draft-ietf-httpapi-ratelimit-headers-09/10 defines them
 * (Structured Field lists): `RateLimit-Policy: "cost";q=1000;w=20` (quota points, window: seconds
 * an empty bucket takes to fill) and `RateLimit: "cost";r=640;t=8` (remaining points, seconds
 * until the bucket is full again). See docs/decisions/0703.
 */
export function rateLimitHeaders(shape: BucketShape, remaining: number): [string, string][] {
  const window = Math.ceil(shape.capacity / shape.restorePerSecond);
  const reset = Math.ceil(Math.max(0, shape.capacity - remaining) / shape.restorePerSecond);
  return [
    ['ratelimit-policy', `${POLICY};q=${shape.capacity};w=${window}`],
    ['ratelimit', `${POLICY};r=${Math.floor(remaining)};t=${reset}`],
  ];
}
