import type { Logger } from '@packyourbag/service-kit';
import { deleteUser } from '../accounts/delete-user.js';
import type { SecurityEventLog } from '../audit/security-event-log.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';

export interface GuestPrunerOptions {
  database: AuthDatabase;
  audit: SecurityEventLog;
  /** Guests inactive this long are deleted. @default 30 */
  inactiveDays?: number;
  /** Deleted per transaction. @default 100 */
  batchSize?: number;
  logger?: Logger;
  /** @default () => new Date() */
  now?: () => Date;
}

/**
 * Removes guest accounts nobody has used for `inactiveDays` (last sign-in or refresh), each with a
 * `user.deleted` event. Safe to run from several instances: a guest is re-checked under a row lock.
 */
export class GuestPruner {
  constructor(private readonly options: GuestPrunerOptions) {}

  /** Deletes every inactive guest; returns how many. */
  async prune(): Promise<number> {
    const cutoff = new Date(
      (this.options.now?.() ?? new Date()).getTime() - (this.options.inactiveDays ?? 30) * 86_400_000,
    );
    const batchSize = this.options.batchSize ?? 100;
    let deleted = 0;
    for (;;) {
      const candidates = await this.options.database.user.findMany({
        where: { isGuest: true, lastActiveAt: { lt: cutoff } },
        select: { id: true },
        take: batchSize,
      });
      if (candidates.length === 0) break;
      const before = deleted;
      for (const { id } of candidates) {
        const removed = await this.options.database.$transaction(async (tx) => {
          const still = await tx.$queryRaw<Array<{ id: string }>>`
            select id from auth.users
            where id = ${id}::uuid and is_guest and last_active_at < ${cutoff}
            for update skip locked`;
          if (still.length === 0) return false;
          await deleteUser(tx, this.options.audit, id, 'guest-inactive');
          return true;
        });
        if (removed) deleted += 1;
      }
      // Another instance holds the rest: leave them to it.
      if (candidates.length < batchSize || deleted === before) break;
    }
    if (deleted > 0) this.options.logger?.info({ deleted }, 'removed inactive guest accounts');
    return deleted;
  }
}
