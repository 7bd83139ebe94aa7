/**
 * One read for every gauge of a scrape: prom-client collects a registry's gauges concurrently, so
 * callers that arrive while a read is under way share it; the next scrape reads afresh.
 */
export function sharedWhilePending<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= read().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
