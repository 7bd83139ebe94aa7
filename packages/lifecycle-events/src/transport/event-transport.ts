import type { AnyLifecycleEvent, LifecycleEventType } from '../events/lifecycle-event.js';

/** One event handed to one consumer, with how many times it has been handed out (this one included). */
export interface ClaimedDelivery {
  event: AnyLifecycleEvent;
  attempts: number;
  /** When this claim's lease runs out: it names the claim (release gives back only its own). */
  leaseUntil: Date;
}

/** An event a consumer gave up on after its last attempt. */
export interface DeadLetter {
  consumer: string;
  event: AnyLifecycleEvent;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
}

export interface ClaimOptions {
  /** At most this many deliveries. */
  limit: number;
  /** How long the claim holds before another instance may take the delivery (a crashed consumer's). */
  leaseMs: number;
}

/**
 * The durable queue between services. At least once: a delivery stays pending until its consumer
 * completes it, dead-letters it, or its lease runs out and it is claimed again.
 */
/** One consumer's queue, read at scrape time. */
export interface ConsumerBacklog {
  consumer: string;
  pending: number;
  dead: number;
  /** Seconds since the oldest pending event occurred (0 when nothing is pending). */
  oldestPendingSeconds: number;
}

export interface EventTransport {
  /**
   * Publishes events (idempotent by id: publishing an id again changes nothing) and fans each out
   * to every consumer subscribed to its type. Returns how many were new.
   */
  publish(events: AnyLifecycleEvent | readonly AnyLifecycleEvent[]): Promise<number>;
  /** Records that `consumer` wants `types` from now on (kept while the consumer is stopped). */
  subscribe(consumer: string, types: readonly LifecycleEventType[]): Promise<void>;
  /**
   * Leases the consumer's next due deliveries in publication order; a delivery waits while an
   * earlier pending one about the same user exists (per-user order survives retries).
   */
  claim(consumer: string, options: ClaimOptions): Promise<ClaimedDelivery[]>;
  /**
   * Gives claimed deliveries back unworked (an instance stopping with part of a batch in hand): due
   * at once for any instance, the claim not counted as an attempt. Only while they are still held
   * by these claims (same lease), so a delivery another instance has taken since is not touched.
   */
  release(consumer: string, claims: readonly ClaimedDelivery[]): Promise<void>;
  complete(consumer: string, eventId: string): Promise<void>;
  /** Releases the lease; the delivery is due again after `delayMs`. */
  retryLater(consumer: string, eventId: string, delayMs: number, error: string): Promise<void>;
  deadLetter(consumer: string, eventId: string, error: string): Promise<void>;
  /** Dead letters of the consumer (all, or the one with `eventId`) become pending with fresh attempts. */
  replay(consumer: string, eventId?: string): Promise<string[]>;
  deadLetters(consumer: string): Promise<DeadLetter[]>;
  /** Pending and dead deliveries per consumer, and how long the oldest pending one has waited (for metrics). */
  backlog(): Promise<ConsumerBacklog[]>;
  /**
   * Retention: deletes up to `limit` of the consumer's deliveries finished (done) before `before`,
   * and up to `limit` messages published before `before` that no delivery points at any more.
   * Dead letters stay until they are replayed and done. Safe on every instance at once.
   */
  purgeFinished(
    consumer: string,
    before: Date,
    limit: number,
  ): Promise<{ deliveries: number; messages: number }>;
  /** Ends the transport's own pool, if it made one. */
  close(): Promise<void>;
}
