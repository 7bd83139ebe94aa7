import type { Registry } from 'prom-client';
import { isLifecycleEventType, type AnyLifecycleEvent } from '../events/lifecycle-event.js';
import { createRelayMetrics } from '../metrics/relay-metrics.js';
import { OUTBOX_CHANNEL } from '../notify/channels.js';
import type { NotificationListener } from '../notify/notification-listener.js';
import { createPollingLoop } from '../polling/polling-loop.js';
import type { EventTransport } from '../transport/event-transport.js';
import type { ConnectionPool } from '../transport/queryable.js';

export interface OutboxRelayOptions {
  /**
   * The publishing service's own pool (auth's `pg.Pool`, role pyb_auth): the relay reads and marks
   * rows of its outbox table in a transaction.
   */
  pool: ConnectionPool;
  /**
   * The outbox table, schema-qualified: columns `id uuid`, `type text`, `payload json(b)`,
   * `created_at timestamptz`, `published_at timestamptz NULL`, `trace_parent text NULL` (the
   * writing request's W3C traceparent, decision 1350). Trusted configuration, not input.
   */
  table: string;
  transport: EventTransport;
  /** Rows per round. @default 100 */
  batchSize?: number;
  /**
   * The process's notification listener on the outbox's database: a row written wakes the relay
   * at once (the table needs the trigger of {@link outboxNotifyTriggerSql}). @default none (polling)
   */
  listener?: NotificationListener;
  /**
   * Pause between rounds when the outbox is empty: with a listener only the safety poll for a
   * missed notification. @default 60000 with a listener, 500 without
   */
  pollIntervalMs?: number;
  /** Pause after a failed round. @default min(pollIntervalMs, 5000) */
  retryMs?: number;
  /**
   * Registers `pyb_outbox_published_total{table}`, `pyb_outbox_unpublished{table}` and
   * `pyb_outbox_lag_seconds{table}` here (the service's /metrics). @default none
   */
  metrics?: Registry;
  /** @default silent */
  logger?: { error(object: object, message: string): void; warn(object: object, message: string): void };
}

export interface OutboxRelay {
  /** Publishes one batch of unpublished rows in order; returns how many. */
  relayOnce(): Promise<number>;
  /** Relays in the background until stopped. */
  start(): void;
  /** Idempotent. */
  stop(): Promise<void>;
}

interface OutboxRow {
  id: string;
  type: string;
  payload: unknown;
  created_at: Date;
  trace_parent: string | null;
}

/**
 * Moves a service's outbox rows onto the queue, oldest first, and marks them published.
 *
 * Wakes on a notification from the transaction that wrote the row (delivered on commit), with a
 * slow safety poll, and relays batch after batch while rows remain (decision 1440).
 *
 * Safe with several relays (one per instance): a transaction-scoped advisory lock on the table lets
 * one relay work at a time, which also keeps the order. A crash between publishing and marking
 * publishes the rows again on the next round, which the transport ignores (idempotent by id).
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { pool, table, transport } = options;
  if (!/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/.test(table)) {
    throw new Error(`createOutboxRelay: table must be schema.table in lower case, got "${table}".`);
  }
  const batchSize = options.batchSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? (options.listener ? 60_000 : 500);
  const metrics = options.metrics
    ? createRelayMetrics({ registry: options.metrics, table, pool })
    : undefined;

  async function relayOnce(): Promise<number> {
    const client = await pool.connect();
    // A checked-out client has no listener of the pool's: its connection cut mid-round (a database
    // restart while the round publishes) would emit 'error' unhandled and end the process (seen in
    // the fault run, decision 1400). With this one the round's next query fails and the loop retries.
    let connectionLost: Error | undefined;
    const onConnectionError = (error: Error) => {
      connectionLost = error;
    };
    client.on('error', onConnectionError);
    try {
      await client.query('BEGIN');
      const { rows: locked } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [`pyb-outbox:${table}`],
      );
      if (!locked[0]?.locked) {
        await client.query('ROLLBACK');
        return 0; // another relay is at work
      }
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, type, payload, created_at, trace_parent FROM ${table}
          WHERE published_at IS NULL ORDER BY created_at, id LIMIT $1`,
        [batchSize],
      );
      const events: AnyLifecycleEvent[] = [];
      for (const row of rows) {
        if (!isLifecycleEventType(row.type)) {
          options.logger?.warn(
            { id: row.id, type: row.type },
            'outbox row of unknown type, marked published',
          );
          continue;
        }
        const payload = typeof row.payload === 'string' ? (JSON.parse(row.payload) as unknown) : row.payload;
        events.push({
          id: row.id,
          type: row.type,
          payload,
          occurredAt: row.created_at,
          ...(row.trace_parent ? { traceParent: row.trace_parent } : {}),
        } as AnyLifecycleEvent);
      }
      await transport.publish(events);
      if (rows.length > 0) {
        await client.query(`UPDATE ${table} SET published_at = now() WHERE id = ANY($1::uuid[])`, [
          rows.map((row) => row.id),
        ]);
      }
      await client.query('COMMIT');
      metrics?.published(events.length);
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.removeListener('error', onConnectionError);
      // A client whose connection failed is destroyed rather than returned to the pool.
      client.release(connectionLost);
    }
  }

  const poller = createPollingLoop({
    round: relayOnce,
    intervalMs: pollIntervalMs,
    retryMs: options.retryMs ?? Math.min(pollIntervalMs, 5000),
    onError: (error) => options.logger?.error({ err: error, table }, 'outbox relay round failed'),
  });
  let unlisten: (() => void) | undefined;

  return {
    relayOnce,
    start() {
      // A notification for this table, or a (re)connection of the listener, wakes the loop.
      unlisten ??= options.listener?.listen(OUTBOX_CHANNEL, (payload) => {
        if (payload === undefined || payload === table) poller.wake();
      });
      poller.start();
    },
    async stop() {
      unlisten?.();
      unlisten = undefined;
      await poller.stop();
    },
  };
}
