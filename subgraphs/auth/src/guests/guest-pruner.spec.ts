import { describe, expect, it } from 'vitest';
import { useScratchAuth } from '../testing/use-scratch-auth.js';
import { GuestPruner } from './guest-pruner.js';

const auth = useScratchAuth();

describe('GuestPruner', () => {
  it('deletes guests inactive for the configured days with user.deleted, and nobody else', async () => {
    const idle = await auth.services.accounts.startGuest();
    const active = await auth.services.accounts.startGuest();
    const member = await auth.services.accounts.signUp('idle-member@example.org', 'a long enough passphrase');
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await auth.database.user.updateMany({
      where: { id: { in: [idle.user.id, member.user.id] } },
      data: { lastActiveAt: longAgo },
    });

    const pruner = new GuestPruner({
      database: auth.database,
      audit: auth.services.audit,
      inactiveDays: 30,
      batchSize: 1,
    });
    await expect(pruner.prune()).resolves.toBe(1);

    expect(await auth.services.accounts.findById(idle.user.id)).toBeNull();
    expect(await auth.services.accounts.findById(active.user.id)).not.toBeNull();
    expect(await auth.services.accounts.findById(member.user.id)).not.toBeNull();
    const deleted = await auth.database.outboxEvent.findFirstOrThrow({
      where: { type: 'user.deleted', payload: { path: ['userId'], equals: idle.user.id } },
    });
    expect(deleted.payload).toEqual({ userId: idle.user.id, reason: 'guest-inactive' });
    expect((await auth.services.revocations.snapshot()).sessions).toContain(idle.session.sessionId);
    await expect(pruner.prune()).resolves.toBe(0);
  });
});
