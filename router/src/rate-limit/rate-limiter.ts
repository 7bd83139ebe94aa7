import type { Logger } from '@packyourbag/service-kit';
import type { RateLimitFailMode } from '../config.js';
import type { BucketShape, BucketStore } from './bucket-store.js';

/** What a charge came to. `unavailable`: the store failed and the fail mode decided. */
export type ChargeResult =
  | { kind: 'charged'; remaining: number }
  | { kind: 'throttled'; remaining: number; retryAfterMs: number }
  | { kind: 'unavailable'; allowed: boolean };

export interface RateLimiter extends BucketShape {
  /** Takes `cost` points from the principal's bucket, or refuses when they are not there. */
  charge(principal: string, cost: number): Promise<ChargeResult>;
  /** Gives `points` back (requested − actual); resolves to the points then left, undefined if the store failed. */
  refund(principal: string, points: number): Promise<number | undefined>;
  close(): Promise<void>;
}

export interface RateLimiterOptions extends BucketShape {
  store: BucketStore;
  /**
   * When the store fails: `open` serves the request uncharged (and warns), `closed` refuses it.
   * @default 'open'
   */
  failMode?: RateLimitFailMode;
  logger: Logger;
  /** Called once per store failure (the metric). */
  onStoreFailure?: (operation: 'charge' | 'refund') => void;
  /**
   * Least time between two warnings about store failures, in milliseconds (a down Redis would
   * otherwise log once per request).
   * @default 10000
   */
  warnEveryMs?: number;
}

/** Cost-based token buckets over a store, with the fail-open/closed rule in one place. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { store, logger } = options;
  const failMode = options.failMode ?? 'open';
  const warnEveryMs = options.warnEveryMs ?? 10_000;
  let lastWarning = -Infinity;

  const failed = (operation: 'charge' | 'refund', error: unknown) => {
    options.onStoreFailure?.(operation);
    const now = Date.now();
    if (now - lastWarning < warnEveryMs) return;
    lastWarning = now;
    logger.warn(
      { err: error, operation, failMode },
      `rate-limit store failed; requests are ${failMode === 'open' ? 'served uncharged' : 'refused'}`,
    );
  };

  return {
    capacity: options.capacity,
    restorePerSecond: options.restorePerSecond,
    async charge(principal, cost) {
      try {
        const state = await store.apply(principal, cost);
        return state.allowed
          ? { kind: 'charged', remaining: state.remaining }
          : { kind: 'throttled', remaining: state.remaining, retryAfterMs: state.retryAfterMs };
      } catch (error) {
        failed('charge', error);
        return { kind: 'unavailable', allowed: failMode === 'open' };
      }
    },
    async refund(principal, points) {
      try {
        return (await store.apply(principal, -points)).remaining;
      } catch (error) {
        failed('refund', error);
        return undefined;
      }
    },
    close: () => store.close(),
  };
}
