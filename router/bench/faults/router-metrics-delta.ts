/**
 * What an operator's dashboard saw during a window: the change of the router's own counters —
 * requests by outcome, failed subgraph calls by subgraph, rate-limit store failures — read from
 * its /metrics (Prometheus text) before and after.
 */

/** The counters an operator watches during an outage (decision 1340's alerts are built on them). */
const WATCHED = [
  'router_requests_total',
  'router_subgraph_errors_total',
  'router_rate_limit_store_failures_total',
];

/** Series (`name{labels}`) → value, for the watched counters, summed over labels other than those kept. */
export type MetricsSnapshot = Map<string, number>;

/** Which label of each watched counter the report keeps (the others are summed over). */
const KEPT_LABEL: Record<string, string> = {
  router_requests_total: 'outcome',
  router_subgraph_errors_total: 'subgraph',
  router_rate_limit_store_failures_total: 'operation',
};

/** Reads the watched counters out of Prometheus text exposition. */
export function parseWatchedMetrics(text: string): MetricsSnapshot {
  const snapshot: MetricsSnapshot = new Map();
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{([^}]*)\})? ([0-9.e+-]+)$/.exec(line);
    if (!match || !WATCHED.includes(match[1]!)) continue;
    const name = match[1]!;
    const kept = new RegExp(`${KEPT_LABEL[name]}="([^"]*)"`).exec(match[2] ?? '')?.[1];
    const series = kept === undefined ? name : `${name}{${KEPT_LABEL[name]}="${kept}"}`;
    snapshot.set(series, (snapshot.get(series) ?? 0) + Number(match[3]));
  }
  return snapshot;
}

/** Series that grew between two snapshots, with how much. */
export function metricsDelta(before: MetricsSnapshot, after: MetricsSnapshot): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [series, value] of after) {
    const grown = value - (before.get(series) ?? 0);
    if (grown > 0) delta[series] = grown;
  }
  return delta;
}

/** The router's watched counters now; an empty snapshot if /metrics did not answer. */
export async function readRouterMetrics(metricsUrl: string): Promise<MetricsSnapshot> {
  try {
    const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(5000) });
    return parseWatchedMetrics(await response.text());
  } catch {
    return new Map();
  }
}
