import { EVENTS_CHANNEL } from '../notify/channels.js';
import type { Queryable } from './queryable.js';

/**
 * The queue's tables in their own PostgreSQL schema `events` (infrastructure, not any service's
 * data; docs/decisions/0901-lifecycle-event-transport.md). Idempotent: safe to run on every
 * migration. Portable SQL (PostgreSQL 15 and PGlite's 18).
 *
 * - `messages`: every published event once (`id` is the outbox row's id), `key` = the user it is
 *   about, `seq` = publication order, `trace_parent` = the W3C traceparent of the request that
 *   caused it, if traced.
 * - `subscriptions`: which consumer (one per service) wants which types; publishing fans an event
 *   out to every subscription as one `deliveries` row, so a stopped consumer catches up later.
 * - `deliveries`: one row per (consumer, event) — the per-consumer record that makes a duplicate
 *   publication change nothing — with attempts, the next retry time, a lease (`locked_until`)
 *   that lets another instance take over from a crashed one, and `status` pending | done | dead.
 *   Triggers notify channel `pyb_events` (payload: the consumer) when a delivery becomes claimable.
 */
export const EVENTS_SCHEMA_SQL = `
CREATE SCHEMA IF NOT EXISTS events;

CREATE TABLE IF NOT EXISTS events.messages (
  id           uuid PRIMARY KEY,
  seq          bigserial NOT NULL UNIQUE,
  type         text NOT NULL,
  key          text NOT NULL,
  payload      jsonb NOT NULL,
  occurred_at  timestamptz NOT NULL,
  published_at timestamptz NOT NULL,
  trace_parent text
);
-- Queues installed before events carried trace context (decision 1350).
ALTER TABLE events.messages ADD COLUMN IF NOT EXISTS trace_parent text;

CREATE TABLE IF NOT EXISTS events.subscriptions (
  consumer   text PRIMARY KEY,
  types      text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS events.deliveries (
  consumer     text NOT NULL,
  message_id   uuid NOT NULL REFERENCES events.messages (id) ON DELETE CASCADE,
  seq          bigint NOT NULL,
  key          text NOT NULL,
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
  attempts     integer NOT NULL DEFAULT 0,
  available_at timestamptz NOT NULL,
  locked_until timestamptz,
  last_error   text,
  finished_at  timestamptz,
  PRIMARY KEY (consumer, message_id)
);

CREATE INDEX IF NOT EXISTS deliveries_claimable ON events.deliveries (consumer, status, seq);
CREATE INDEX IF NOT EXISTS deliveries_by_key ON events.deliveries (consumer, key, seq) WHERE status = 'pending';

-- Wakes the consumers (decision 1440): a delivery added, or a dead letter replayed, notifies on
-- channel pyb_events with the consumer as payload. Sent on commit only; PostgreSQL folds
-- identical notifications of one transaction into one.
CREATE OR REPLACE FUNCTION events.notify_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('${EVENTS_CHANNEL}', NEW.consumer);
  RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER deliveries_notify_added AFTER INSERT ON events.deliveries
  FOR EACH ROW EXECUTE FUNCTION events.notify_delivery();
CREATE OR REPLACE TRIGGER deliveries_notify_replayed AFTER UPDATE OF status ON events.deliveries
  FOR EACH ROW WHEN (NEW.status = 'pending' AND OLD.status <> 'pending')
  EXECUTE FUNCTION events.notify_delivery();
`;

export interface InstallEventsSchemaOptions {
  /**
   * Roles that get data rights (no DDL) on the queue's tables, e.g. `pyb_events`.
   * @default []
   */
  grantTo?: readonly string[];
}

/** Creates the `events` schema and tables if missing (run by an admin or migration role). */
export async function installEventsSchema(
  admin: Queryable,
  options: InstallEventsSchemaOptions = {},
): Promise<void> {
  // One transaction under an advisory lock: two installers at once (parallel test files, two
  // migration runs) would otherwise race on CREATE ... IF NOT EXISTS.
  await admin.query(
    `BEGIN; SELECT pg_advisory_xact_lock(hashtext('pyb-events-schema')); ${EVENTS_SCHEMA_SQL} COMMIT;`,
  );
  for (const role of options.grantTo ?? []) {
    const quoted = `"${role.replaceAll('"', '""')}"`;
    await admin.query(`GRANT USAGE ON SCHEMA events TO ${quoted}`);
    await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA events TO ${quoted}`);
    await admin.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA events TO ${quoted}`);
  }
}
