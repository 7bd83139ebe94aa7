import type pg from 'pg';
import { isUnavailableError } from '../errors/unavailable-error.js';

export interface RetryReadsOptions {
  /** Wait before the one retry, in milliseconds. @default 200 */
  delayMs?: number;
  /** Told of every retry (a log line). */
  onRetry?: (error: unknown) => void;
}

/** A plain SELECT (no row locks): running it twice changes nothing. */
export function isPlainRead(query: unknown): boolean {
  const text = typeof query === 'string' ? query : (query as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') return false;
  return /^\s*select\b/i.test(text) && !/\bfor\s+(no\s+key\s+)?(update|share|key\s+share)\b/i.test(text);
}

/**
 * Makes `pool.query` retry a plain SELECT once, after `delayMs`, when it failed because the
 * database was unreachable (a restart, a dropped connection): the next attempt gets a fresh
 * connection. Writes and transactions (which use `pool.connect`) are never retried — a write that
 * failed may have happened — so they fail with SERVICE_UNAVAILABLE for the caller to retry.
 */
export function retryReadsOnce<Pool extends pg.Pool>(pool: Pool, options: RetryReadsOptions = {}): Pool {
  const delayMs = options.delayMs ?? 200;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  Object.assign(pool, {
    query: async (...args: unknown[]) => {
      try {
        return await query(...args);
      } catch (error) {
        if (typeof args.at(-1) === 'function' || !isPlainRead(args[0]) || !isUnavailableError(error))
          throw error;
        options.onRetry?.(error);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return query(...args);
      }
    },
  });
  return pool;
}
