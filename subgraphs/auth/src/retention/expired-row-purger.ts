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
  /** Rows deleted per statement, so no statement holds many locks or runs long. @default 1000 */
  batchSize?: number;
  logger?: Logger;
  /** @default () => new Date() */
  now?: () => Date;
}

/**
 * Deletes auth rows that only grow and no longer decide anything (docs/decisions/0608): session
 * families dead (expired or revoked) for `purgeAfterDays` with their refresh tokens, personal access
 * tokens expired that long, outbox events published that long, and sign-in throttle rows already
 * forgotten. Batched with `skip locked`, so several instances can purge at once. A live family's
 * spent refresh tokens are never touched: reuse detection looks them up.
 */
export class ExpiredRowPurger {
  private readonly purgeAfterMs: number;
  private readonly batchSize: number;
  private readonly now: () => Date;

  constructor(private readonly options: ExpiredRowPurgerOptions) {
    this.purgeAfterMs = (options.purgeAfterDays ?? 30) * 86_400_000;
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
    };
    const counts: PurgeCounts = {
      refreshTokens: 0,
      sessions: 0,
      personalAccessTokens: 0,
      outboxEvents: 0,
      signInThrottles: 0,
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
