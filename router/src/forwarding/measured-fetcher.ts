import { performance } from 'node:perf_hooks';
import type { RouterMetrics } from '../metrics/router-metrics.js';
import type { Fetcher } from './buffered-response.js';

/** Wraps a subgraph's fetcher so every call's duration and failure lands in the router's metrics. */
export function measuredFetcher(fetcher: Fetcher, subgraph: string, metrics: RouterMetrics): Fetcher {
  return (input, init) => {
    const started = performance.now();
    return fetcher(input, init).then(
      (response) => {
        metrics.subgraphCall(subgraph, (performance.now() - started) / 1000, !response.ok);
        return response;
      },
      (error: unknown) => {
        metrics.subgraphCall(subgraph, (performance.now() - started) / 1000, true);
        throw error;
      },
    );
  };
}
