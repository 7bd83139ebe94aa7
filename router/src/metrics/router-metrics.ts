import { JWKS_REFRESH_FAILURES_METRIC } from '@packyourbag/service-kit';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Outcome label of one GraphQL request. */
export type RequestOutcome = 'ok' | 'error' | 'refused' | 'throttled';

export interface RouterMetrics {
  registry: Registry;
  /** One finished GraphQL request (HTTP status decides the outcome unless given). */
  request(operation: string | undefined, outcome: RequestOutcome, seconds: number): void;
  cost(estimated: number, actual: number): void;
  throttled(): void;
  rateLimitStoreFailure(operation: 'charge' | 'refund'): void;
  subgraphCall(subgraph: string, seconds: number, failed: boolean): void;
  /** A fetch of auth's signing keys failed (alert PybJwksRefreshFailing). */
  jwksRefreshFailure(): void;
}

export interface RouterMetricsOptions {
  /**
   * Distinct operation names used as label values; later names are counted as `other`, so a
   * client inventing names cannot grow the series without bound.
   * @default 200
   */
  maxOperationNames?: number;
  /**
   * Also export the process metrics (CPU, memory, event-loop lag).
   * @default true
   */
  processMetrics?: boolean;
}

const COST_BUCKETS = [0, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500];

/** Prometheus metrics of one router, in their own registry (several routers can share a process). */
export function createRouterMetrics(options: RouterMetricsOptions = {}): RouterMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'router_' });
  const maxNames = options.maxOperationNames ?? 200;
  const names = new Set<string>();

  const requests = new Counter({
    name: 'router_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, error, refused, throttled).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'router_request_duration_seconds',
    help: 'GraphQL request latency, from the first byte read to the last byte written.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const estimated = new Histogram({
    name: 'router_operation_cost_estimated',
    help: 'Static (estimated) cost of executed operations.',
    buckets: COST_BUCKETS,
    registers: [registry],
  });
  const actual = new Histogram({
    name: 'router_operation_cost_actual',
    help: 'Actual cost of executed operations, computed from their responses.',
    buckets: COST_BUCKETS,
    registers: [registry],
  });
  const throttled = new Counter({
    name: 'router_throttled_total',
    help: 'Requests refused with THROTTLED (HTTP 429).',
    registers: [registry],
  });
  const storeFailures = new Counter({
    name: 'router_rate_limit_store_failures_total',
    help: 'Rate-limit store (Redis) calls that failed, by operation.',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const subgraphDuration = new Histogram({
    name: 'router_subgraph_request_duration_seconds',
    help: 'Latency of calls to each subgraph.',
    labelNames: ['subgraph'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const subgraphErrors = new Counter({
    name: 'router_subgraph_errors_total',
    help: 'Subgraph calls that failed (network error, timeout or non-2xx status).',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });

  const jwksFailures = new Counter({ ...JWKS_REFRESH_FAILURES_METRIC, registers: [registry] });

  const operationLabel = (operation: string | undefined): string => {
    if (!operation) return 'anonymous';
    if (names.has(operation)) return operation;
    if (names.size >= maxNames) return 'other';
    names.add(operation);
    return operation;
  };

  return {
    registry,
    request(operation, outcome, seconds) {
      const label = operationLabel(operation);
      requests.inc({ operation: label, outcome });
      duration.observe({ operation: label }, seconds);
    },
    cost(estimatedCost, actualCost) {
      estimated.observe(estimatedCost);
      actual.observe(actualCost);
    },
    throttled: () => throttled.inc(),
    rateLimitStoreFailure: (operation) => storeFailures.inc({ operation }),
    subgraphCall(subgraph, seconds, failed) {
      subgraphDuration.observe({ subgraph }, seconds);
      if (failed) subgraphErrors.inc({ subgraph });
    },
    jwksRefreshFailure: () => jwksFailures.inc(),
  };
}
