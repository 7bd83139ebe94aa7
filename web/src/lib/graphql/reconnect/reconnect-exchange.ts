import { makeOperation, type CombinedError, type Exchange, type Operation, type OperationResult } from 'urql';
import { filter, makeSubject, merge, onPush, pipe, share } from 'wonka';
import type { ConnectionStatus } from './connection-status';
import { parseRetryAfter, retryDelayMs } from './retry-delay';

export interface ReconnectExchangeOptions {
  /** Told of every outage and every answer; the "We're reconnecting…" banner reads it. */
  status: ConnectionStatus;
  /**
   * Which operations are sent again after an outage. Only reads by default: a write that met an
   * outage may or may not have happened (decision 1342), so it is never replayed behind the
   * person's back; its form says it was not saved and they send it again.
   * @default (operation) => operation.kind === 'query'
   */
  retryIf?: (operation: Operation) => boolean;
  /**
   * The first retry's backoff (doubling after). @default 1000
   */
  baseDelayMs?: number;
  /**
   * The longest wait between two retries, whatever the backoff or `Retry-After`. @default 10000
   */
  maxDelayMs?: number;
  /** @default Math.random */
  random?: () => number;
}

/** HTTP statuses that mean "not now" rather than "no": the web server or the router is unavailable. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** An answer that says the API, or part of it, is unavailable (SERVICE_UNAVAILABLE, or a 502–504). */
export function isOutage(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if (error.graphQLErrors.some((graphqlError) => graphqlError.extensions['code'] === 'SERVICE_UNAVAILABLE')) {
    return true;
  }
  const status = (error.response as Response | undefined)?.status;
  return error.graphQLErrors.length === 0 && status !== undefined && UNAVAILABLE_STATUSES.has(status);
}

function retryAfterOf(error: CombinedError | undefined): number | undefined {
  const response = error?.response as Response | undefined;
  return parseRetryAfter(response?.headers?.get('retry-after'));
}

/**
 * Keeps reads alive through an outage: a query answered SERVICE_UNAVAILABLE (router 503 with
 * Retry-After) is not handed to the page; it is sent again after `retryDelayMs` (backoff, at least
 * Retry-After, capped), for as long as the page still wants it, until the API answers. The
 * status it reports drives the "We're reconnecting…" banner. Writes pass through (see `retryIf`).
 * Place it before the auth exchange, so a retry carries the current token.
 */
export function reconnectExchange(options: ReconnectExchangeOptions): Exchange {
  const { status, retryIf = (operation: Operation) => operation.kind === 'query' } = options;
  return ({ forward }) =>
    (operations$) => {
      const { source: retries$, next: retry } = makeSubject<Operation>();
      const timers = new Map<number, ReturnType<typeof setTimeout>>();
      const attempts = new Map<number, number>();
      /** Reads that met an outage and are still wanted: reconnecting until each is answered. */
      const waiting = new Set<number>();
      /** A write met an outage and nothing has answered since. */
      let writeFailed = false;
      const report = () => status.set(waiting.size > 0 || writeFailed ? 'reconnecting' : 'connected');
      const forget = (key: number) => {
        clearTimeout(timers.get(key));
        timers.delete(key);
        attempts.delete(key);
        if (waiting.delete(key)) report();
      };
      const incoming$ = pipe(
        operations$,
        // The page stopped wanting it (unmounted): forget it. It asked again itself: that request
        // replaces our retry, and its answer settles whether we are still reconnecting.
        onPush((operation) => {
          if (operation.kind === 'teardown') forget(operation.key);
          else {
            clearTimeout(timers.get(operation.key));
            timers.delete(operation.key);
          }
        }),
        share,
      );
      return pipe(
        merge([incoming$, retries$]),
        forward,
        filter((result: OperationResult) => {
          const { operation, error } = result;
          if (!isOutage(error)) {
            // Any answer, even a caller's mistake, shows the API is reachable.
            writeFailed = false;
            attempts.delete(operation.key);
            waiting.delete(operation.key);
            report();
            return true;
          }
          if (!retryIf(operation)) {
            writeFailed = true;
            report();
            return true;
          }
          waiting.add(operation.key);
          report();
          const attempt = attempts.get(operation.key) ?? 0;
          const delay = retryDelayMs({
            attempt,
            retryAfterSeconds: retryAfterOf(error),
            baseDelayMs: options.baseDelayMs,
            maxDelayMs: options.maxDelayMs,
            random: options.random,
          });
          clearTimeout(timers.get(operation.key));
          timers.set(
            operation.key,
            setTimeout(() => {
              timers.delete(operation.key);
              attempts.set(operation.key, attempt + 1);
              // Straight to the network: the cache has nothing newer than what the page shows.
              retry(
                makeOperation(operation.kind, operation, {
                  ...operation.context,
                  requestPolicy: 'network-only',
                }),
              );
            }, delay),
          );
          // The page keeps what it shows (or its skeleton) instead of an error it cannot act on.
          return false;
        }),
      );
    };
}
