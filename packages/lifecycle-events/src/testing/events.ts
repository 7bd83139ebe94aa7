import { randomUUID } from 'node:crypto';
import type { LifecycleEvent } from '../events/lifecycle-event.js';

/** A `user.deleted` event with fresh ids unless given. */
export function userDeleted(userId = randomUUID(), id = randomUUID()): LifecycleEvent<'user.deleted'> {
  return { id, type: 'user.deleted', payload: { userId }, occurredAt: new Date('2026-11-21T10:00:00.000Z') };
}

export function userCreated(userId = randomUUID(), guest = true): LifecycleEvent<'user.created'> {
  return {
    id: randomUUID(),
    type: 'user.created',
    payload: { userId, guest },
    occurredAt: new Date('2026-11-21T09:00:00.000Z'),
  };
}
