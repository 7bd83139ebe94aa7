import type { MultiInstanceStack } from '@packyourbag/stack';
import { expect, vi } from 'vitest';
import { query } from '../auth-support/auth-database.js';
import { publishedEventId } from '../lifecycle-support/account-everywhere.js';
import {
  metricPerInstance,
  ok,
  PASSWORD,
  signUp,
  type ServiceRecord,
  type SignedUp,
} from './multi-instance-scenario.js';

/** An account with an item (packing) and preferences (preferences), its user.created handled. */
export async function accountWithData(stack: MultiInstanceStack, router: number): Promise<SignedUp> {
  const user = await signUp(stack, router);
  await ok(
    stack,
    router,
    {
      query: 'mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }',
      variables: { input: { name: 'Tent', weightMg: 1_150_000 } },
    },
    { token: user.accessToken },
  );
  await ok(
    stack,
    3 - router,
    { query: 'mutation { updatePreferences(input: { theme: DARK }) { theme } }' },
    { token: user.accessToken },
  );
  // Handled before the test goes on: an instance stopped with it in hand would hold the user's
  // later events until its lease ran out.
  await settled(stack, user.user.id, 'user.created', ['packing']);
  return user;
}

export async function deleteAccount(
  stack: MultiInstanceStack,
  user: SignedUp,
  router: number,
): Promise<void> {
  await ok(
    stack,
    router,
    {
      query: 'mutation ($input: DeleteAccountInput!) { deleteAccount(input: $input) }',
      variables: { input: { password: PASSWORD } },
    },
    { token: user.accessToken },
  );
}

export interface Settled {
  eventId: string;
  /** The deliveries of the consumers waited for, in consumer order. */
  deliveries: Array<{ consumer: string; status: string; attempts: number }>;
}

/** Waits until `consumers` have handled the event of `type` about `userId`. */
export function settled(
  stack: MultiInstanceStack,
  userId: string,
  type: string,
  consumers: string[],
): Promise<Settled> {
  return vi.waitFor(
    async () => {
      const eventId = await publishedEventId(stack.eventsUrl, userId, type);
      expect(eventId, `${type} for ${userId} published`).toBeDefined();
      const rows = await query<{ consumer: string; status: string; attempts: number }>(
        stack.eventsUrl,
        'SELECT consumer, status, attempts FROM events.deliveries WHERE message_id = $1 ORDER BY consumer',
        [eventId],
      );
      for (const consumer of consumers) {
        expect(rows.find((row) => row.consumer === consumer)?.status).toBe('done');
      }
      return { eventId: eventId!, deliveries: rows.filter((row) => consumers.includes(row.consumer)) };
    },
    { timeout: 30_000, interval: 200 },
  );
}

/** Packing's log line for each erasure it made: one per event that took effect. */
export const erasures = (records: ServiceRecord[], eventId: string) =>
  records.filter(({ record }) => record['msg'] === 'account data erased' && record['eventId'] === eventId);

/** Packing's log line for each guest it handled, with `seeded` true when it wrote the sample. */
export const seedings = (records: ServiceRecord[], eventId: string) =>
  records.filter(({ record }) => record['msg'] === 'guest sample gear' && record['eventId'] === eventId);

/** `user.deleted` events with this outcome, per instance of the consumer. */
export const handledDeletions = (
  stack: MultiInstanceStack,
  consumer: 'packing' | 'preferences',
  outcome: 'done' | 'retry' | 'dead',
) =>
  metricPerInstance(stack, consumer, 'pyb_lifecycle_events_handled_total', {
    consumer,
    type: 'user.deleted',
    outcome,
  });

export const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
