/** A bucket after one charge or refund. */
export interface BucketState {
  /** Whether the charge was taken (refunds always are). */
  allowed: boolean;
  /** Points left after the operation (fractional while refilling). */
  remaining: number;
  /** When refused: milliseconds until the bucket holds the requested points. */
  retryAfterMs: number;
}

/**
 * Where token buckets live. `apply(key, cost)` is one atomic step: refill for the time elapsed,
 * then take `cost` points if they are there (cost ≥ 0) or give `-cost` back, up to capacity
 * (cost < 0). A missing bucket is full.
 */
export interface BucketStore {
  apply(key: string, cost: number): Promise<BucketState>;
  close(): Promise<void>;
}

/** The parameters every store shares. */
export interface BucketShape {
  /** Points a full bucket holds. */
  capacity: number;
  /** Points restored per second. */
  restorePerSecond: number;
}
