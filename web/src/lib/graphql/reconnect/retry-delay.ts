export interface RetryDelayOptions {
  /** 0 for the first retry. */
  attempt: number;
  /** The server's `Retry-After` in seconds, when it sent one: no retry comes sooner. */
  retryAfterSeconds?: number;
  /**
   * The first retry's backoff; each next one doubles it.
   * @default 1000
   */
  baseDelayMs?: number;
  /**
   * No wait is longer, whatever the backoff or `Retry-After` say: an outage that lasts gets a
   * retry at least this often, so the page recovers soon after the API does.
   * @default 10000
   */
  maxDelayMs?: number;
  /**
   * 0 ≤ x < 1; spreads the retries of many tabs over the second half of each backoff ("equal
   * jitter"), so they do not arrive at the recovering API together.
   * @default Math.random
   */
  random?: () => number;
}

/** How long to wait before retrying a read that met an outage: backoff, at least Retry-After, capped. */
export function retryDelayMs(options: RetryDelayOptions): number {
  const {
    attempt,
    retryAfterSeconds,
    baseDelayMs = 1000,
    maxDelayMs = 10_000,
    random = Math.random,
  } = options;
  const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt));
  const jittered = backoff / 2 + (random() * backoff) / 2;
  const serverWait = retryAfterSeconds !== undefined && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0;
  return Math.round(Math.min(maxDelayMs, Math.max(jittered, serverWait)));
}

/**
 * `Retry-After` as seconds: a number of seconds or an HTTP date (RFC 9110); undefined when absent
 * or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
