import { Counter, Gauge, type Registry } from 'prom-client';
import { sharedWhilePending } from './shared-read.js';
import type { Queryable } from '../transport/queryable.js';

export interface RelayMetrics {
  published(count: number): void;
}

export interface RelayMetricsOptions {
  registry: Registry;
  /** The outbox table (`schema.table`, already validated by the relay). */
  table: string;
  /** The publishing service's pool: the gauges read the outbox at scrape time. */
  pool: Queryable;
}

/**
 * `pyb_outbox_published_total{table}` counts rows this process relayed;
 * `pyb_outbox_unpublished{table}` and `pyb_outbox_lag_seconds{table}` (age of the oldest
 * unpublished row, 0 when none) read the outbox at scrape time, so they agree across instances.
 */
export function createRelayMetrics(options: RelayMetricsOptions): RelayMetrics {
  const { registry, table, pool } = options;
  const published = new Counter({
    name: 'pyb_outbox_published_total',
    help: 'Outbox rows this process published onto the lifecycle-event queue.',
    labelNames: ['table'] as const,
    registers: [registry],
  });
  published.inc({ table }, 0);
  // Both gauges below read the outbox once per scrape.
  const backlog = sharedWhilePending(async () => {
    const { rows } = await pool.query<{ unpublished: string; lag: number | null }>(
      `SELECT count(*) AS unpublished,
              EXTRACT(EPOCH FROM (now() - min(created_at)))::float8 AS lag
         FROM ${table} WHERE published_at IS NULL`,
    );
    return { unpublished: Number(rows[0]?.unpublished ?? 0), lag: Math.max(0, rows[0]?.lag ?? 0) };
  });
  new Gauge({
    name: 'pyb_outbox_unpublished',
    help: 'Outbox rows not yet published onto the lifecycle-event queue.',
    labelNames: ['table'] as const,
    registers: [registry],
    async collect() {
      this.set({ table }, (await backlog()).unpublished);
    },
  });
  new Gauge({
    name: 'pyb_outbox_lag_seconds',
    help: 'Age of the oldest unpublished outbox row (0 when the outbox is drained).',
    labelNames: ['table'] as const,
    registers: [registry],
    async collect() {
      this.set({ table }, (await backlog()).lag);
    },
  });
  return {
    published(count) {
      if (count > 0) published.inc({ table }, count);
    },
  };
}
