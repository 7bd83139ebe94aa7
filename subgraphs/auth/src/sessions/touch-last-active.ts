import type { Prisma } from '../generated/prisma/client.js';

/** Marks the user active, at most once an hour (guests idle too long are pruned). */
export async function touchLastActive(
  tx: Prisma.TransactionClient,
  userId: string,
  now: Date,
): Promise<void> {
  const anHourAgo = new Date(now.getTime() - 3_600_000);
  await tx.user.updateMany({
    where: { id: userId, lastActiveAt: { lt: anHourAgo } },
    data: { lastActiveAt: now },
  });
}
