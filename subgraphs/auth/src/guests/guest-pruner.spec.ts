import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthServices } from '../auth-services.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { scratchAuth } from '../testing/scratch-database.js';
import { GuestPruner } from './guest-pruner.js';

let close: (() => Promise<void>) | undefined;
let database: AuthDatabase;
let services: AuthServices;

beforeAll(async () => {
  ({ database, services, close } = await scratchAuth());
});
afterAll(async () => {
  await close?.();
});

describe('GuestPruner', () => {
  it('deletes guests inactive for the configured days with user.deleted, and nobody else', async () => {
    const idle = await services.accounts.startGuest();
    const active = await services.accounts.startGuest();
    const member = await services.accounts.signUp('idle-member@example.org', 'a long enough passphrase');
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await database.user.updateMany({
      where: { id: { in: [idle.user.id, member.user.id] } },
      data: { lastActiveAt: longAgo },
    });

    const pruner = new GuestPruner({ database, audit: services.audit, inactiveDays: 30, batchSize: 1 });
    await expect(pruner.prune()).resolves.toBe(1);

    expect(await services.accounts.findById(idle.user.id)).toBeNull();
    expect(await services.accounts.findById(active.user.id)).not.toBeNull();
    expect(await services.accounts.findById(member.user.id)).not.toBeNull();
    const deleted = await database.outboxEvent.findFirstOrThrow({
      where: { type: 'user.deleted', payload: { path: ['userId'], equals: idle.user.id } },
    });
    expect(deleted.payload).toEqual({ userId: idle.user.id, reason: 'guest-inactive' });
    expect((await services.revocations.snapshot()).sessions).toContain(idle.session.sessionId);
    await expect(pruner.prune()).resolves.toBe(0);
  });
});
