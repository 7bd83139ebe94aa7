import { traceParentOfActiveSpan } from '@packyourbag/lifecycle-events';
import type { Prisma } from '../generated/prisma/client.js';

/** Events other services consume (issue 6 publishes them); payloads are part of the contract. */
export type OutboxEvent =
  | { type: 'user.created'; payload: { userId: string; guest: boolean } }
  | { type: 'user.upgraded'; payload: { userId: string } }
  | { type: 'user.deleted'; payload: { userId: string; reason: 'requested' | 'guest-inactive' } };

/**
 * Writes an event in the caller's transaction (transactional outbox): it exists exactly when the
 * change it describes was committed. It carries the request's trace context, so the consumers' work
 * links back to the request (decision 1350).
 */
export async function writeOutboxEvent(tx: Prisma.TransactionClient, event: OutboxEvent): Promise<void> {
  await tx.outboxEvent.create({
    data: { type: event.type, payload: event.payload, traceParent: traceParentOfActiveSpan() ?? null },
  });
}
