import type { Logger } from '@packyourbag/service-kit';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import type { SignInThrottle } from '../throttling/sign-in-throttle.js';

/** How many rows one purge deleted, per kind, in the order they are purged. */
export interface PurgeCounts {
  refreshTokens: number;
  sessions: number;
  personalAccessTokens: number;
  outboxEvents: number;
  signInThrottles: number;
  securityEvents: number;
}

export type PurgedRows = keyof PurgeCounts;

/** Reported after every batch that deleted something. */
export interface PurgeProgress {
  rows: PurgedRows;
  /** Deleted so far of this kind in this purge. */
  deleted: number;
}

export interface ExpiredRowPurgerOptions {
  database: AuthDatabase;
  /** Knows when a sign-in throttle row stops counting. */
  throttle: Pick<SignInThrottle, 'forgottenBefore'>;
  /**
   * Days a session is kept after it expired or was revoked, a personal access token after it
   * expired, an outbox event after it was published. At least 1 (the revocation feed lists a
   * revoked session for one access-token lifetime, at most an hour). @default 30
   */
  purgeAfterDays?: number;
  /**
   * Days the audit log (auth.security_events) is kept; older events are deleted. At least 30: the
   * database refuses a shorter retention (migration 20261206190000, decision 1341). @default 365
   */
  auditRetentionDays?: number;
  /** Rows deleted per statement, so no statement holds many locks or runs long. @default 1000 */
  batchSize?: number;
  logger?: Logger;
  /** @default () => new Date() */
  now?: () => Date;
}

/**
 * Deletes auth rows that only grow and no longer decide anything (docs/decisions/0608): session
 * families dead (expired or revoked) for `purgeAfterDays` with their refresh tokens, personal access
 * tokens expired that long, outbox events published that long, sign-in throttle rows already
 * forgotten, and audit events older than `auditRetentionDays`. Batched with `skip locked`, so several instances can purge at once. A live family's
 * spent refresh tokens are never touched: reuse detection looks them up.
 */
export class ExpiredRowPurger {
  private readonly purgeAfterMs: number;
  private readonly auditRetention: string;
  private readonly batchSize: number;
  private readonly now: () => Date;

  constructor(private readonly options: ExpiredRowPurgerOptions) {
    this.purgeAfterMs = (options.purgeAfterDays ?? 30) * 86_400_000;
    this.auditRetention = `${Math.max(30, options.auditRetentionDays ?? 365)} days`;
    this.batchSize = options.batchSize ?? 1000;
    this.now = options.now ?? (() => new Date());
  }

  /** Deletes every purgeable row, batch by batch; `onBatch` hears each batch that deleted rows. */
  async purge(onBatch?: (progress: PurgeProgress) => void): Promise<PurgeCounts> {
    const now = this.now();
    const cutoff = new Date(now.getTime() - this.purgeAfterMs);
    const forgotten = this.options.throttle.forgottenBefore(now);
    const limit = this.batchSize;
    const database = this.options.database;
    // One statement per kind; each deletes at most `limit` rows. Refresh tokens go before their
    // families so that no single cascade deletes thousands of rows.
    const batches: Record<PurgedRows, () => Promise<number>> = {
      refreshTokens: () => database.$executeRaw`
        delete from auth.refresh_tokens where id in (
          select t.id from auth.refresh_tokens t join auth.sessions s on s.id = t.family_id
          where s.expires_at < ${cutoff} or s.revoked_at < ${cutoff}
          limit ${limit} for update of t skip locked)`,
      sessions: () => database.$executeRaw`
        delete from auth.sessions where id in (
          select id from auth.sessions where expires_at < ${cutoff} or revoked_at < ${cutoff}
          limit ${limit} for update skip locked)`,
      // By expiry, revoked or not: a revoked token stays on the revocation feed until it expires.
      personalAccessTokens: () => database.$executeRaw`
        delete from auth.personal_access_tokens where id in (
          select id from auth.personal_access_tokens where expires_at < ${cutoff}
          limit ${limit} for update skip locked)`,
      outboxEvents: () => database.$executeRaw`
        delete from auth.outbox_events where id in (
          select id from auth.outbox_events where published_at < ${cutoff}
          limit ${limit} for update skip locked)`,
      signInThrottles: () => database.$executeRaw`
        delete from auth.sign_in_throttles where key in (
          select key from auth.sign_in_throttles
          where last_failure_at < ${forgotten} and (locked_until is null or locked_until < ${now})
          limit ${limit} for update skip locked)`,
      // The append-only trigger lets this one transaction delete events older than the retention
      // it names (and no younger ones); the database's clock decides, on both sides.
      securityEvents: async () => {
        const [, deleted] = await database.$transaction([
          database.$queryRaw`select set_config('pyb.audit_retention', ${this.auditRetention}, true)`,
          database.$executeRaw`
            delete from auth.security_events where id in (
              select id from auth.security_events where created_at < now() - ${this.auditRetention}::interval
              order by created_at limit ${limit} for update skip locked)`,
        ]);
        return deleted;
      },
    };
    const counts: PurgeCounts = {
      refreshTokens: 0,
      sessions: 0,
      personalAccessTokens: 0,
      outboxEvents: 0,
      signInThrottles: 0,
      securityEvents: 0,
    };
    for (const rows of Object.keys(counts) as PurgedRows[]) {
      for (;;) {
        const deleted = await batches[rows]();
        counts[rows] += deleted;
        if (deleted > 0) onBatch?.({ rows, deleted: counts[rows] });
        // Fewer than a full batch: done, or another instance holds the rest.
        if (deleted < limit) break;
      }
    }
    if (Object.values(counts).some((count) => count > 0)) {
      this.options.logger?.info(counts, 'purged expired auth rows');
    }
    return counts;
  }
}
