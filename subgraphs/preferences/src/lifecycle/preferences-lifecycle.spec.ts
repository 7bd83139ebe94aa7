import { randomUUID } from 'node:crypto';
import { createPostgresTransport, type EventTransport } from '@packyourbag/lifecycle-events';
import {
  scratchEventsDatabase,
  userDeleted,
  type ScratchEventsDatabase,
} from '@packyourbag/lifecycle-events/testing';
import { createLogger } from '@packyourbag/service-kit';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { preferencesModel, type PreferencesModel } from '../preferences/preferences.model.js';
import { PreferencesService } from '../preferences/preferences.service.js';
import { scratchMongo, type ScratchMongo } from '../testing/scratch-mongo.js';
import { startPreferencesLifecycle, type PreferencesLifecycle } from './preferences-lifecycle.js';

// The consumer as main.ts starts it, on a real queue (scratch PostgreSQL database) and MongoDB (or
// the stand-in); events are published the way auth's outbox relay will publish them.
let events: ScratchEventsDatabase;
let mongo: ScratchMongo;
let model: PreferencesModel;
let preferences: PreferencesService;
let publisher: EventTransport;
let lifecycle: PreferencesLifecycle;
const metrics = new Registry();

beforeAll(async () => {
  [events, mongo] = await Promise.all([scratchEventsDatabase(), scratchMongo()]);
  model = preferencesModel(mongo.connection);
  await model.init();
  preferences = new PreferencesService(model);
  publisher = createPostgresTransport({ pool: events.pool });
  lifecycle = startPreferencesLifecycle(
    { databaseUrl: events.url, maxAttempts: 3, pollIntervalMs: 20, retentionDays: 7 },
    preferences,
    metrics,
    createLogger('preferences-test', 'silent'),
  );
  // Subscribed before anything is published (in production: since the service's first start).
  await vi.waitFor(async () => {
    const { rows } = await events.pool.query(
      "SELECT 1 FROM events.subscriptions WHERE consumer = 'preferences'",
    );
    expect(rows).toHaveLength(1);
  });
});

afterAll(async () => {
  await lifecycle?.stop();
  await Promise.all([events?.release(), mongo?.release()]);
});

describe('preferences consumes user.deleted', () => {
  it('removes the deleted user’s document within a bounded wait; a duplicate changes nothing', async () => {
    const [userId, other] = [randomUUID(), randomUUID()];
    await preferences.update(userId, { theme: 'DARK' });
    await preferences.update(other, { theme: 'LIGHT' });
    const event = userDeleted(userId);

    await publisher.publish(event);
    await vi.waitFor(async () => expect(await model.countDocuments({ userId })).toBe(0), { timeout: 10_000 });

    // Settings written after the deletion event (a late request) and a redelivery of the same
    // event id: the queue recorded it as done for `preferences`, so nothing runs again.
    await preferences.update(userId, { theme: 'LIGHT' });
    await expect(publisher.publish(event)).resolves.toBe(0);
    const { rows } = await events.pool.query<{ status: string }>(
      "SELECT status FROM events.deliveries WHERE consumer = 'preferences' AND message_id = $1",
      [event.id],
    );
    expect(rows).toEqual([{ status: 'done' }]);
    expect(await model.countDocuments({ userId })).toBe(1);
    await expect(preferences.forUser(other)).resolves.toMatchObject({ theme: 'LIGHT' });
  });

  it('a deletion of a user who never saved anything completes without error', async () => {
    const event = userDeleted(randomUUID());

    await publisher.publish(event);

    await vi.waitFor(
      async () => {
        const { rows } = await events.pool.query<{ status: string }>(
          "SELECT status FROM events.deliveries WHERE consumer = 'preferences' AND message_id = $1",
          [event.id],
        );
        expect(rows).toEqual([{ status: 'done' }]);
      },
      { timeout: 10_000 },
    );
    expect(await metrics.getSingleMetricAsString('pyb_lifecycle_events_dead_letters')).toContain(
      'pyb_lifecycle_events_dead_letters{consumer="preferences"} 0',
    );
  });
});
