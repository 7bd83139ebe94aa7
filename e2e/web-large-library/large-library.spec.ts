import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql-client.js';
import { signInWithForm, useChromium } from '../support/chromium.js';

const ITEMS = 1000;

const IMPORT = /* GraphQL */ `
  mutation Import($csv: String!) {
    importLighterPackCsv(csv: $csv, listName: "Everything") {
      id
    }
  }
`;
const COUNT = /* GraphQL */ `
  query Count {
    me {
      items(first: 1) {
        totalCount
      }
    }
  }
`;

// A library of 1,000 items stays usable (decision 1007): the gear page shows the first 100, says
// how many there are, pages on with "Show more items", and search finds an item on any page.
describe('the web app in Chromium: a gear library of 1,000 items', () => {
  const { graphqlUrl, webUrl } = inject('stack');
  const chromium = useChromium('web-large');

  it('pages through the library and finds an item on any page by search', async () => {
    const { email, accessToken } = await signUp(graphqlUrl);
    const rows = Array.from(
      { length: ITEMS },
      (_, index) => `Item ${String(index).padStart(4, '0')},Bulk,,1,${index + 1},g,,,,`,
    );
    const csv = ['Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable', ...rows].join('\n');
    const imported = await postGraphQL(graphqlUrl, IMPORT, { token: accessToken, variables: { csv } });
    expect(imported.errors).toBeUndefined();
    // The import writes in the background (decision 0804); wait until every row is an item.
    await expect
      .poll(
        async () => {
          const result = await postGraphQL<{ me: { items: { totalCount: number } } }>(graphqlUrl, COUNT, {
            token: accessToken,
          });
          return result.data?.me.items.totalCount;
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe(ITEMS);

    const context = await chromium
      .browser()
      .newContext({ baseURL: webUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await signInWithForm(page, email, 'correct horse battery staple');

      await expect.poll(() => page.getByText('Showing 100 of 1,000 items').count()).toBe(1);
      expect(await page.locator('tbody tr').count()).toBe(100);
      await page.getByRole('button', { name: 'Show more items' }).click();
      await expect.poll(() => page.getByText('Showing 200 of 1,000 items').count()).toBe(1);
      expect(await page.locator('tbody tr').count()).toBe(200);
      await chromium.shot(page, '01-two-pages');

      await page.getByLabel('Search').fill('Item 0000');
      await expect.poll(() => page.getByText('Showing 1 of 1 items').count()).toBe(1);
      await expect.poll(() => page.getByRole('rowheader', { name: 'Item 0000' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);
});
