import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql-client.js';
import { signInWithForm, useChromium } from '../support/chromium.js';

const PHONE = { width: 360, height: 740 };

async function data<T>(graphqlUrl: string, token: string, query: string, variables: Record<string, unknown>) {
  const result = await postGraphQL<T>(graphqlUrl, query, { token, variables });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

// A reload of a signed-in page paints the server's data even while the browser cannot reach the API
// yet, hydrates without a mismatch, and stays interactive (decision 1009).
describe('a prefetched page in Chromium', () => {
  const { graphqlUrl, webUrl } = inject('stack');
  const chromium = useChromium('web-prefetch');

  it('reloads a trip checklist from the server HTML, then checks an item off', async () => {
    const { email, accessToken } = await signUp(graphqlUrl);
    const item = await data<{ createItem: { id: string } }>(
      graphqlUrl,
      accessToken,
      'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
      { input: { name: 'Headlamp', weightMg: 88_000 } },
    );
    const list = await data<{ createList: { id: string } }>(
      graphqlUrl,
      accessToken,
      'mutation($input: CreateListInput!) { createList(input: $input) { id } }',
      { input: { name: 'Night', entries: [{ itemId: item.createItem.id }] } },
    );
    const pack = await data<{ createPack: { id: string } }>(
      graphqlUrl,
      accessToken,
      'mutation($input: CreatePackInput!) { createPack(input: $input) { id } }',
      { input: { name: 'Night pack', listIds: [list.createList.id] } },
    );
    const trip = await data<{ createTrip: { id: string } }>(
      graphqlUrl,
      accessToken,
      'mutation($input: CreateTripInput!) { createTrip(input: $input) { id } }',
      {
        input: {
          name: 'Night hike',
          startDate: '2027-07-14',
          endDate: '2027-07-14',
          packId: pack.createPack.id,
        },
      },
    );

    const context = await chromium.browser().newContext({ baseURL: webUrl, viewport: PHONE });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    try {
      await signInWithForm(page, email, 'correct horse battery staple');

      // Both session cookies are httpOnly: page scripts see neither.
      const cookies = await context.cookies();
      expect(
        cookies.filter((cookie) => cookie.name.startsWith('pyb_')).map((cookie) => cookie.httpOnly),
      ).toEqual([true, true]);
      expect(await page.evaluate<string>('document.cookie')).not.toContain('pyb_');

      // The browser cannot reach the API during this load: what shows came with the page.
      await context.route('**/graphql', (route) => route.abort());
      await context.route('**/api/session/**', (route) => route.abort());
      await page.goto(`/trips/${trip.createTrip.id}`);
      const progress = page.getByTestId('checklist-progress');
      await expect.poll(() => progress.textContent()).toContain('0 of 1 packed');
      expect(await page.getByRole('checkbox', { name: /Headlamp/ }).count()).toBe(1);
      await chromium.shot(page, 'checklist-from-server');

      // With the API back, the page is interactive: the tab fetches its token, then the check saves.
      await context.unrouteAll();
      await page.getByRole('checkbox', { name: /Headlamp/ }).click();
      await expect.poll(() => progress.textContent()).toContain('1 of 1 packed');
      await expect
        .poll(async () => {
          const now = await postGraphQL<{ trip: { progress: { checkedItems: number } } }>(
            graphqlUrl,
            'query($id: ID!) { trip(id: $id) { progress { checkedItems } } }',
            { token: accessToken, variables: { id: trip.createTrip.id } },
          );
          return now.data?.trip.progress.checkedItems;
        })
        .toBe(1);

      // Aborted requests during the offline load log network errors; nothing else may be logged.
      const unexpected = problems.filter(
        (problem) => !/Failed to load resource|ERR_FAILED|NETWORK_ERROR|cannot be reached/i.test(problem),
      );
      expect(unexpected).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
