import { randomUUID } from 'node:crypto';
import { createLogger } from '@packyourbag/service-kit';
import { describe, expect, it, vi } from 'vitest';
import { createPrismaClient } from '../database/create-prisma-client.js';
import { GuestPruner } from '../guests/guest-pruner.js';
import { useScratchAuth } from '../testing/use-scratch-auth.js';
import { startSchedule } from './start-schedule.js';

const auth = useScratchAuth();

describe('startSchedule', () => {
  it('purges dead sessions on its timer, even when a job before it fails', async () => {
    const { session } = await auth.services.accounts.signUp(
      `schedule-${randomUUID()}@example.org`,
      'a long enough passphrase',
    );
    await auth.database.session.update({
      where: { id: session.sessionId },
      data: { revokedAt: new Date(Date.now() - 31 * 86_400_000), revokeReason: 'signed-out' },
    });
    // Guest pruning against a auth.database that does not exist: a real failure, every tick.
    const missing = createPrismaClient(`postgres://postgres@127.0.0.1:5432/pyb_missing_${Date.now()}`);
    const logger = createLogger('auth-test', 'silent');
    const errors = vi.spyOn(logger, 'error');
    const schedule = startSchedule({
      config: { keyRotationDays: 0 },
      services: {
        keys: auth.services.keys,
        guests: new GuestPruner({ database: missing, audit: auth.services.audit }),
        purger: auth.services.purger,
      },
      logger,
      intervalMs: 20,
    });
    try {
      await vi.waitFor(
        async () => expect(await auth.database.session.count({ where: { id: session.sessionId } })).toBe(0),
        { timeout: 10_000, interval: 50 },
      );
      expect(errors).toHaveBeenCalledWith(
        expect.objectContaining({ job: 'guest pruning' }),
        'scheduled auth housekeeping failed',
      );
    } finally {
      await schedule.stop();
      await missing.$disconnect();
    }
  });
});
