import { randomUUID } from 'node:crypto';
import { createPostgresTransport, type EventTransport } from '@packyourbag/lifecycle-events';
import {
  scratchEventsDatabase,
  userCreated,
  userDeleted,
  type ScratchEventsDatabase,
} from '@packyourbag/lifecycle-events/testing';
import { createLogger } from '@packyourbag/service-kit';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, type PackingDatabase } from '../database/create-prisma-client.js';
import { createMigratedDatabase, type ScratchPackingDatabase } from '../testing/scratch-database.js';
import { GuestSeeder } from './guest-seeder.js';
import { startPackingLifecycle, type PackingLifecycle } from './packing-lifecycle.js';
import { SAMPLE_CATEGORIES, SAMPLE_ITEMS } from '@packyourbag/sample-gear';

// The consumer as main.ts starts it, on a real queue and a real packing database (both scratch);
// events are published the way auth's outbox relay publishes them.
let events: ScratchEventsDatabase;
let scratch: ScratchPackingDatabase;
let database: PackingDatabase;
let publisher: EventTransport;
let lifecycle: PackingLifecycle;
const metrics = new Registry();

beforeAll(async () => {
  [events, scratch] = await Promise.all([scratchEventsDatabase(), createMigratedDatabase()]);
  database = createPrismaClient(scratch.url);
  publisher = createPostgresTransport({ pool: events.pool });
  lifecycle = startPackingLifecycle(
    { databaseUrl: events.url, maxAttempts: 2, pollIntervalMs: 20, retentionDays: 7 },
    database,
    metrics,
    createLogger('packing-test', 'silent'),
  );
  await vi.waitFor(async () => {
    const { rows } = await events.pool.query("SELECT 1 FROM events.subscriptions WHERE consumer = 'packing'");
    expect(rows).toHaveLength(1);
  });
});

afterAll(async () => {
  await lifecycle?.stop();
  await database?.$disconnect();
  await Promise.all([events?.release(), scratch?.drop()]);
});

async function deliveryStatus(eventId: string): Promise<string | undefined> {
  const { rows } = await events.pool.query<{ status: string }>(
    "SELECT status FROM events.deliveries WHERE consumer = 'packing' AND message_id = $1",
    [eventId],
  );
  return rows[0]?.status;
}

const waitUntilDone = (eventId: string) =>
  vi.waitFor(async () => expect(await deliveryStatus(eventId)).toBe('done'), { timeout: 10_000 });

/** Every row the user owns, per table (children counted through their owned parents). */
async function owned(ownerId: string) {
  const [
    items,
    categories,
    lists,
    listEntries,
    packs,
    packLists,
    packEntries,
    trips,
    checks,
    shares,
    seeded,
  ] = await Promise.all([
    database.item.count({ where: { ownerId } }),
    database.category.count({ where: { ownerId } }),
    database.gearList.count({ where: { ownerId } }),
    database.listEntry.count({ where: { list: { ownerId } } }),
    database.pack.count({ where: { ownerId } }),
    database.packList.count({ where: { pack: { ownerId } } }),
    database.packEntry.count({ where: { pack: { ownerId } } }),
    database.trip.count({ where: { ownerId } }),
    database.tripCheck.count({ where: { trip: { ownerId } } }),
    database.shareLink.count({ where: { ownerId } }),
    database.seededUser.count({ where: { userId: ownerId } }),
  ]);
  return {
    items,
    categories,
    lists,
    listEntries,
    packs,
    packLists,
    packEntries,
    trips,
    checks,
    shares,
    seeded,
  };
}

const NOTHING = {
  items: 0,
  categories: 0,
  lists: 0,
  listEntries: 0,
  packs: 0,
  packLists: 0,
  packEntries: 0,
  trips: 0,
  checks: 0,
  shares: 0,
  seeded: 0,
};

describe('packing consumes user.created (guests)', () => {
  it('seeds a new guest’s sample gear once; the event again and a second event change nothing', async () => {
    const userId = randomUUID();
    const event = userCreated(userId, true);

    await publisher.publish(event);
    await waitUntilDone(event.id);

    const seeded = await owned(userId);
    expect(seeded).toEqual({
      items: SAMPLE_ITEMS.length,
      categories: SAMPLE_CATEGORIES.length,
      lists: 2,
      listEntries: 11,
      packs: 1,
      packLists: 2,
      packEntries: 5,
      trips: 1,
      checks: 0,
      shares: 0,
      seeded: 1,
    });
    const trip = await database.trip.findFirstOrThrow({
      where: { ownerId: userId },
      include: { pack: true },
    });
    expect(trip.pack?.name).toBe('Weekend overnighter');
    const tent = await database.item.findFirstOrThrow({
      where: { ownerId: userId, name: { contains: 'tent' } },
    });
    expect(tent.weightMg).toBe(820_000);
    // Dated like the account (the event's occurredAt): the guest's own later gear lists first.
    expect(tent.createdAt).toEqual(event.occurredAt);

    // The same event id again: the queue drops it. Another event about the same guest (a second
    // outbox row, or a relay that lost its mark): handled, and the seeded_users row stops it.
    await expect(publisher.publish(event)).resolves.toBe(0);
    const again = userCreated(userId, true);
    await publisher.publish(again);
    await waitUntilDone(again.id);
    expect(await owned(userId)).toEqual(seeded);
  });

  it('a full account (guest: false) gets nothing', async () => {
    const event = userCreated(randomUUID(), false);
    await publisher.publish(event);
    await waitUntilDone(event.id);
    expect(await owned(event.payload.userId)).toEqual(NOTHING);
  });

  it('two instances seeding the same guest at once: exactly one seeds', async () => {
    const userId = randomUUID();
    const seeder = new GuestSeeder(database);
    const results = await Promise.all([seeder.seedOnce(userId), seeder.seedOnce(userId)]);
    expect(results.sort()).toEqual([false, true]);
    expect((await owned(userId)).items).toBe(SAMPLE_ITEMS.length);
  });
});

describe('packing consumes user.deleted', () => {
  it('removes every row the user owns and nothing of anyone else’s; a repeat changes nothing', async () => {
    const [userId, other] = [randomUUID(), randomUUID()];
    const seeder = new GuestSeeder(database);
    await seeder.seedOnce(userId);
    await seeder.seedOnce(other);
    // Data beyond the sample: a check on the trip, a share link, an import job.
    const trip = await database.trip.findFirstOrThrow({ where: { ownerId: userId } });
    const item = await database.item.findFirstOrThrow({ where: { ownerId: userId } });
    const list = await database.gearList.findFirstOrThrow({ where: { ownerId: userId } });
    await database.tripCheck.create({ data: { tripId: trip.id, itemId: item.id } });
    await database.shareLink.create({ data: { ownerId: userId, token: randomUUID(), listId: list.id } });
    await database.importJob.create({ data: { ownerId: userId, totalRows: 3 } });
    const othersBefore = await owned(other);

    const event = userDeleted(userId);
    await publisher.publish(event);
    await waitUntilDone(event.id);

    expect(await owned(userId)).toEqual(NOTHING);
    expect(await database.importJob.count({ where: { ownerId: userId } })).toBe(0);
    expect(await owned(other)).toEqual(othersBefore);

    const repeat = userDeleted(userId);
    await publisher.publish(repeat);
    await waitUntilDone(repeat.id);
    expect(await owned(other)).toEqual(othersBefore);
  });

  it('an event with a malformed user id goes to the dead letters after its attempts, shown in metrics', async () => {
    const event = { ...userDeleted(), payload: { userId: 'not-a-user-id' } };

    await publisher.publish(event);

    await vi.waitFor(async () => expect(await deliveryStatus(event.id)).toBe('dead'), { timeout: 10_000 });
    const [letter] = (await publisher.deadLetters('packing')).filter((dead) => dead.event.id === event.id);
    expect(letter).toMatchObject({ attempts: 2, lastError: expect.stringContaining('malformed user id') });
    expect(await metrics.getSingleMetricAsString('pyb_lifecycle_events_dead_letters')).toContain(
      'pyb_lifecycle_events_dead_letters{consumer="packing"} 1',
    );
  });
});
