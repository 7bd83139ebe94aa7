/** How long to wait before the next attempt. */
export interface BackoffOptions {
  /** Delay after the first failure. @default 1000 */
  initialMs?: number;
  /** Each further failure multiplies the delay by this. @default 2 */
  factor?: number;
  /** Upper bound of the delay. @default 300000 (5 minutes) */
  maxMs?: number;
}

/** Exponential backoff: the delay after `failedAttempts` failures (1, 2, …), without jitter. */
export function backoffDelay(failedAttempts: number, options: BackoffOptions = {}): number {
  const initial = options.initialMs ?? 1000;
  const factor = options.factor ?? 2;
  const max = options.maxMs ?? 300_000;
  return Math.min(max, initial * factor ** Math.max(0, failedAttempts - 1));
}
