import type { ClientInfo } from '../audit/client-info.js';
import type { SecurityEventLog } from '../audit/security-event-log.js';
import type { Prisma } from '../generated/prisma/client.js';
import { writeOutboxEvent } from '../outbox/outbox.js';

export type DeletionReason = 'requested' | 'guest-inactive';

/**
 * Removes a user and everything auth holds about it (sessions, refresh tokens and personal access
 * tokens cascade), inside the caller's transaction. The ACCOUNT_DELETED event lists the live
 * sessions and tokens, which keeps them on the revocation feed until they would have expired;
 * the outbox tells the other services.
 */
export async function deleteUser(
  tx: Prisma.TransactionClient,
  audit: SecurityEventLog,
  userId: string,
  reason: DeletionReason,
  client: ClientInfo = {},
): Promise<void> {
  const now = new Date();
  const [sessions, tokens] = await Promise.all([
    tx.session.findMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, select: { id: true } }),
    tx.personalAccessToken.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, expiresAt: true },
    }),
  ]);
  await audit.record(
    {
      type: 'ACCOUNT_DELETED',
      userId,
      client,
      details: {
        reason,
        sessionIds: sessions.map((session) => session.id),
        personalAccessTokens: tokens.map((token) => ({
          id: token.id,
          expiresAt: token.expiresAt.toISOString(),
        })),
      },
    },
    tx,
  );
  await writeOutboxEvent(tx, { type: 'user.deleted', payload: { userId, reason } });
  await tx.user.delete({ where: { id: userId } });
}
