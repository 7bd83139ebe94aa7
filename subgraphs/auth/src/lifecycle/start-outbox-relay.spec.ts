import { createNotificationListener, type NotificationListener } from '@packyourbag/lifecycle-events';
import { scratchEventsDatabase, type ScratchEventsDatabase } from '@packyourbag/lifecycle-events/testing';
import { createLogger } from '@packyourbag/service-kit';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthServices } from '../auth-services.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { scratchAuth } from '../testing/scratch-database.js';
import { startOutboxRelay, type RunningOutboxRelay } from './start-outbox-relay.js';

// The relay as startAuth runs it: auth's real outbox (scratch auth database at the latest
// migration, with its notify trigger) onto a real queue (scratch events database), woken by a
// listener on auth's database. The safety poll is an hour: only the trigger's notification can
// explain events relayed within the test's timeouts.
let events: ScratchEventsDatabase;
let auth: Awaited<ReturnType<typeof scratchAuth>>;
let database: AuthDatabase;
let services: AuthServices;
let relay: RunningOutboxRelay;
let listener: NotificationListener;
const metrics = new Registry();

beforeAll(async () => {
  [events, auth] = await Promise.all([scratchEventsDatabase(), scratchAuth()]);
  ({ database, services } = auth);
  listener = createNotificationListener({ connectionString: auth.url });
  relay = startOutboxRelay({
    databaseUrl: auth.url,
    events: { databaseUrl: events.url, pollIntervalMs: 3_600_000 },
    listener,
    metrics,
    logger: createLogger('auth-test', 'silent'),
  });
});

afterAll(async () => {
  await relay?.stop();
  await listener?.close();
  await Promise.all([events?.release(), auth?.close()]);
});

async function queued(userId: string): Promise<Array<{ type: string; payload: unknown }>> {
  const { rows } = await events.pool.query<{ type: string; payload: unknown }>(
    "SELECT type, payload FROM events.messages WHERE payload->>'userId' = $1 ORDER BY seq",
    [userId],
  );
  return rows;
}

describe('auth’s outbox relay', { timeout: 60_000 }, () => {
  it('publishes user.created, user.upgraded and user.deleted in order and marks the rows published', async () => {
    const guest = await services.accounts.startGuest();
    const userId = guest.user.id;
    await services.accounts.upgradeGuest(userId, `relay-${userId}@example.org`, 'a long enough passphrase');
    await services.accounts.deleteAccount(userId, 'a long enough passphrase');

    await vi.waitFor(async () => expect(await queued(userId)).toHaveLength(3), { timeout: 30_000 });
    expect(await queued(userId)).toEqual([
      { type: 'user.created', payload: { userId, guest: true } },
      { type: 'user.upgraded', payload: { userId } },
      { type: 'user.deleted', payload: expect.objectContaining({ userId }) },
    ]);
    const unpublished = await database.outboxEvent.count({ where: { publishedAt: null } });
    expect(unpublished).toBe(0);
    const published = await metrics.getSingleMetric('pyb_outbox_published_total')!.get();
    expect(published.values[0]).toMatchObject({ labels: { table: 'auth.outbox_events' } });
    expect(published.values[0]!.value).toBeGreaterThanOrEqual(3);
  });

  it('stop() is idempotent and leaves later account events in the outbox', async () => {
    await Promise.all([relay.stop(), relay.stop()]);
    const guest = await services.accounts.startGuest();

    expect(await database.outboxEvent.count({ where: { publishedAt: null } })).toBe(1);
    expect(await queued(guest.user.id)).toEqual([]);
  });
});
