import type { RunningStack } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  accountWithDataEverywhere,
  deliveryStatus,
  nothingIn,
  packingRowsOf,
  PASSWORD,
  preferencesDocumentsOf,
  publishedEventId,
} from '../lifecycle-support/account-everywhere.js';
import { startScenarioStack } from '../support/scenario-stack.js';

// A stack of its own: stopping packing in the shared stack would fail the other scenarios'
// requests while it is down. The same services, builds and stores, on scratch databases.
let stack: RunningStack;

beforeAll(async () => {
  stack = await startScenarioStack({ services: ['auth', 'packing', 'preferences', 'router'] });
});

afterAll(() => stack?.stop());

describe('a consumer stopped while an account is deleted catches up when it starts again', () => {
  it('packing down during deleteAccount: its rows go once it is back, within a bounded wait', async () => {
    const account = await accountWithDataEverywhere(stack.urls.graphql);
    const before = await packingRowsOf(stack.databaseUrl, account.id);
    expect(before.items).toBe(2);

    await stack.stopService('packing');
    await account.data('mutation ($input: DeleteAccountInput!) { deleteAccount(input: $input) }', {
      input: { password: PASSWORD },
    });

    // The event is out (preferences, still running, has handled it) while packing's copy waits.
    let eventId: string | undefined;
    await vi.waitFor(
      async () => {
        eventId = await publishedEventId(stack.eventsUrl, account.id, 'user.deleted');
        expect(eventId && (await deliveryStatus(stack.eventsUrl, 'preferences', eventId))).toBe('done');
      },
      { timeout: 20_000, interval: 250 },
    );
    expect(await preferencesDocumentsOf(stack.mongoUrl, account.id)).toBe(0);
    expect(await deliveryStatus(stack.eventsUrl, 'packing', eventId!)).toBe('pending');
    expect(await packingRowsOf(stack.databaseUrl, account.id)).toEqual(before);

    await stack.startService('packing');

    await vi.waitFor(
      async () => expect(await packingRowsOf(stack.databaseUrl, account.id)).toEqual(nothingIn(before)),
      { timeout: 20_000, interval: 250 },
    );
    expect(await deliveryStatus(stack.eventsUrl, 'packing', eventId!)).toBe('done');
  }, 90_000);
});
