import pg from 'pg';
import type { AnyLifecycleEvent, LifecycleEventType } from '../events/lifecycle-event.js';
import type { ClaimedDelivery, ConsumerBacklog, DeadLetter, EventTransport } from './event-transport.js';
import { EVENTS_CHANNEL } from '../notify/channels.js';
import type { Queryable } from './queryable.js';

export interface PostgresTransportOptions {
  /**
   * Where the `events` schema lives (see installEventsSchema): a `pg.Pool` or anything with
   * `query()`. Or give `url` and the transport makes (and on close ends) its own pool.
   */
  pool?: Queryable;
  /** EVENTS_DATABASE_URL: used when no `pool` is given. */
  url?: string;
  /** @default 4 (connections of the transport's own pool) */
  maxConnections?: number;
  /**
   * The clock due times and leases are computed with (not the database's, so tests can move it).
   * Instances' clocks must agree within a small fraction of the lease.
   * @default () => new Date()
   */
  clock?: () => Date;
  /**
   * Told about errors of idle connections in the transport's own pool (a database restart, an
   * administrator ending sessions); the pool replaces such connections by itself.
   * @default ignore
   */
  onConnectionError?: (error: Error) => void;
}

interface DeliveryRow {
  id: string;
  type: string;
  payload: unknown;
  occurred_at: Date;
  trace_parent: string | null;
  attempts: number;
  seq: string;
  locked_until: Date;
}

/** The queue on PostgreSQL (docs/decisions/0901-lifecycle-event-transport.md). */
export function createPostgresTransport(options: PostgresTransportOptions): EventTransport {
  const ownPool =
    options.pool === undefined
      ? new pg.Pool({ connectionString: required(options.url), max: options.maxConnections ?? 4 })
      : undefined;
  // Without a listener, an idle connection's error (database restart) would crash the process.
  ownPool?.on('error', (error) => options.onConnectionError?.(error));
  const db: Queryable = options.pool ?? ownPool!;
  const clock = options.clock ?? (() => new Date());
  const later = (ms: number) => new Date(clock().getTime() + ms);

  return {
    async publish(events) {
      let published = 0;
      for (const event of Array.isArray(events) ? events : [events]) {
        // One statement: the message and its deliveries appear together or not at all.
        const result = await db.query(
          `WITH inserted AS (
             INSERT INTO events.messages (id, type, key, payload, occurred_at, published_at, trace_parent)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (id) DO NOTHING
             RETURNING id, seq, type, key
           ), fanned AS (
             INSERT INTO events.deliveries (consumer, message_id, seq, key, available_at)
             SELECT s.consumer, i.id, i.seq, i.key, $6 FROM inserted i
             JOIN events.subscriptions s ON i.type = ANY (s.types)
             ON CONFLICT DO NOTHING
           )
           SELECT count(*)::int AS n FROM inserted`,
          [
            event.id,
            event.type,
            event.payload.userId,
            JSON.stringify(event.payload),
            event.occurredAt,
            clock(),
            event.traceParent ?? null,
          ],
        );
        published += (result.rows[0] as { n: number }).n;
      }
      return published;
    },

    async subscribe(consumer, types) {
      await db.query(
        `INSERT INTO events.subscriptions (consumer, types) VALUES ($1, $2)
         ON CONFLICT (consumer) DO UPDATE SET types = EXCLUDED.types`,
        [consumer, [...types]],
      );
    },

    async claim(consumer, { limit, leaseMs }) {
      const now = clock();
      const result = await db.query<DeliveryRow>(
        `UPDATE events.deliveries d
            SET attempts = d.attempts + 1, locked_until = $4
           FROM events.messages m
          WHERE m.id = d.message_id
            AND (d.consumer, d.message_id) IN (
              SELECT c.consumer, c.message_id FROM events.deliveries c
               WHERE c.consumer = $1 AND c.status = 'pending' AND c.available_at <= $2
                 AND (c.locked_until IS NULL OR c.locked_until <= $2)
                 AND NOT EXISTS (
                   SELECT 1 FROM events.deliveries e
                    WHERE e.consumer = c.consumer AND e.key = c.key AND e.status = 'pending' AND e.seq < c.seq)
               ORDER BY c.seq
               LIMIT $3
               FOR UPDATE SKIP LOCKED)
        RETURNING m.id, m.type, m.payload, m.occurred_at, m.trace_parent, d.attempts, d.seq, d.locked_until`,
        [consumer, now, limit, new Date(now.getTime() + leaseMs)],
      );
      return result.rows
        .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))
        .map((row): ClaimedDelivery => ({
          event: toEvent(row),
          attempts: row.attempts,
          leaseUntil: row.locked_until,
        }));
    },

    async release(consumer, claims) {
      for (const claim of claims) {
        await db.query(
          `UPDATE events.deliveries SET locked_until = NULL, attempts = GREATEST(attempts - 1, 0)
            WHERE consumer = $1 AND message_id = $2 AND status = 'pending' AND locked_until = $3`,
          [consumer, claim.event.id, claim.leaseUntil],
        );
      }
      // Given back to be taken at once: wake the other instances (nothing else notifies a lease
      // cleared; decision 1440).
      if (claims.length > 0) await db.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, consumer]);
    },

    async complete(consumer, eventId) {
      await db.query(
        `UPDATE events.deliveries SET status = 'done', locked_until = NULL, last_error = NULL, finished_at = $3
          WHERE consumer = $1 AND message_id = $2`,
        [consumer, eventId, clock()],
      );
    },

    async retryLater(consumer, eventId, delayMs, error) {
      await db.query(
        `UPDATE events.deliveries SET available_at = $3, locked_until = NULL, last_error = $4
          WHERE consumer = $1 AND message_id = $2 AND status = 'pending'`,
        [consumer, eventId, later(delayMs), error],
      );
    },

    async deadLetter(consumer, eventId, error) {
      await db.query(
        `UPDATE events.deliveries SET status = 'dead', locked_until = NULL, last_error = $3, finished_at = $4
          WHERE consumer = $1 AND message_id = $2`,
        [consumer, eventId, error, clock()],
      );
    },

    async replay(consumer, eventId) {
      const result = await db.query<{ message_id: string }>(
        `UPDATE events.deliveries
            SET status = 'pending', attempts = 0, available_at = $3, locked_until = NULL, finished_at = NULL
          WHERE consumer = $1 AND status = 'dead' AND ($2::uuid IS NULL OR message_id = $2::uuid)
        RETURNING message_id`,
        [consumer, eventId ?? null, clock()],
      );
      return result.rows.map((row) => row.message_id);
    },

    async deadLetters(consumer) {
      const result = await db.query<DeliveryRow & { last_error: string | null; finished_at: Date }>(
        `SELECT m.id, m.type, m.payload, m.occurred_at, m.trace_parent, d.attempts, d.seq, d.last_error, d.finished_at
           FROM events.deliveries d JOIN events.messages m ON m.id = d.message_id
          WHERE d.consumer = $1 AND d.status = 'dead'
          ORDER BY d.seq`,
        [consumer],
      );
      return result.rows.map((row): DeadLetter => ({
        consumer,
        event: toEvent(row),
        attempts: row.attempts,
        lastError: row.last_error,
        failedAt: row.finished_at,
      }));
    },

    async backlog() {
      const result = await db.query<ConsumerBacklog>(
        `SELECT s.consumer,
                count(*) FILTER (WHERE d.status = 'pending')::int AS pending,
                count(*) FILTER (WHERE d.status = 'dead')::int AS dead,
                COALESCE(GREATEST(0, EXTRACT(EPOCH FROM now() - min(m.occurred_at))), 0)::float8 AS "oldestPendingSeconds"
           FROM events.subscriptions s
           LEFT JOIN events.deliveries d ON d.consumer = s.consumer
           LEFT JOIN events.messages m ON m.id = d.message_id AND d.status = 'pending'
          GROUP BY s.consumer ORDER BY s.consumer`,
      );
      return result.rows;
    },

    async purgeFinished(consumer, before, limit) {
      const deliveries = await db.query<{ deleted: number }>(
        `WITH gone AS (
           DELETE FROM events.deliveries WHERE (consumer, message_id) IN (
             SELECT consumer, message_id FROM events.deliveries
              WHERE consumer = $1 AND status = 'done' AND finished_at < $2
              LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [consumer, before, limit],
      );
      const messages = await db.query<{ deleted: number }>(
        `WITH gone AS (
           DELETE FROM events.messages WHERE id IN (
             SELECT m.id FROM events.messages m
              WHERE m.published_at < $1
                AND NOT EXISTS (SELECT 1 FROM events.deliveries d WHERE d.message_id = m.id)
              LIMIT $2 FOR UPDATE SKIP LOCKED)
           RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [before, limit],
      );
      return { deliveries: deliveries.rows[0]?.deleted ?? 0, messages: messages.rows[0]?.deleted ?? 0 };
    },

    async close() {
      await ownPool?.end();
    },
  };
}

function toEvent(row: DeliveryRow): AnyLifecycleEvent {
  return {
    id: row.id,
    type: row.type as LifecycleEventType,
    payload: row.payload,
    occurredAt: row.occurred_at,
    ...(row.trace_parent ? { traceParent: row.trace_parent } : {}),
  } as AnyLifecycleEvent;
}

function required(url: string | undefined): string {
  if (!url) throw new Error('createPostgresTransport needs `pool` or `url` (EVENTS_DATABASE_URL).');
  return url;
}
