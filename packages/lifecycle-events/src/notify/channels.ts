/**
 * The notification channels the queue's triggers send on (decision 1440). A payload names what
 * changed, so a process listening for one outbox or one consumer ignores the others.
 */

/** Sent by `events.deliveries` triggers when a delivery becomes claimable; payload: the consumer. */
export const EVENTS_CHANNEL = 'pyb_events';

/**
 * Sent by a service's outbox trigger on insert (OUTBOX_NOTIFY_TRIGGER_SQL); payload: the table,
 * `schema.table`.
 */
export const OUTBOX_CHANNEL = 'pyb_outbox';
