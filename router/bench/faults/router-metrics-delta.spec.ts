import { describe, expect, it } from 'vitest';
import { metricsDelta, parseWatchedMetrics } from './router-metrics-delta.js';

const text = (errors: number) => `# HELP router_requests_total GraphQL requests
# TYPE router_requests_total counter
router_requests_total{operation="LoadMe",outcome="ok"} 10
router_requests_total{operation="LoadCheck",outcome="ok"} 5
router_requests_total{operation="LoadMe",outcome="error"} ${errors}
router_subgraph_errors_total{subgraph="packing"} ${errors}
router_request_duration_seconds_count{operation="LoadMe"} 12
`;

describe('router metrics delta', () => {
  it('sums the watched counters over operations, keeping the outcome or subgraph', () => {
    expect(Object.fromEntries(parseWatchedMetrics(text(2)))).toEqual({
      'router_requests_total{outcome="ok"}': 15,
      'router_requests_total{outcome="error"}': 2,
      'router_subgraph_errors_total{subgraph="packing"}': 2,
    });
  });

  it('keeps the series that grew', () => {
    expect(metricsDelta(parseWatchedMetrics(text(2)), parseWatchedMetrics(text(7)))).toEqual({
      'router_requests_total{outcome="error"}': 5,
      'router_subgraph_errors_total{subgraph="packing"}': 5,
    });
  });
});
