import type { RunningStack } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from '../support/chromium.js';
import { startScenarioStack } from '../support/scenario-stack.js';

// A stack of its own: packing is stopped in the middle, which would fail the other scenarios.
let stack: RunningStack;

beforeAll(async () => {
  stack = await startScenarioStack();
}, 240_000);

afterAll(() => stack?.stop());

const BANNER = /We’re reconnecting…|We're reconnecting…/;

describe('the web app through an outage (decision 1412)', () => {
  const chromium = useChromium('web-reconnecting', { clean: true });

  it('shows "We\'re reconnecting…" while packing is down, then the gear by itself once it is back', async () => {
    await chromium.withPage(stack.urls.web, async (page) => {
      const answers: number[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/graphql') answers.push(response.status());
      });
      await page.goto('/sign-in');
      await page.getByRole('button', { name: 'Try as guest' }).click();
      await page.waitForURL('**/gear');
      await page.getByLabel('Name', { exact: true }).fill('Ice axe');
      await page.getByLabel('Weight (g)').fill('1200');
      await page.getByRole('button', { name: 'Add item' }).click();
      await expect.poll(() => page.getByRole('rowheader', { name: 'Ice axe' }).count()).toBe(1);
      expect(await page.getByText(BANNER).count()).toBe(0);

      // Packing goes away: the gear page's read is answered 503 SERVICE_UNAVAILABLE by the router.
      await stack.stopService('packing');
      await page.reload();
      await expect.poll(() => page.getByText(BANNER).count(), { timeout: 30_000 }).toBe(1);
      expect(answers).toContain(503);
      await chromium.shot(page, '01-reconnecting');

      // Back: the page's own retry brings the gear and the banner goes, with no reload.
      await stack.startService('packing');
      await expect
        .poll(() => page.getByRole('rowheader', { name: 'Ice axe' }).count(), { timeout: 60_000 })
        .toBe(1);
      await expect.poll(() => page.getByText(BANNER).count(), { timeout: 30_000 }).toBe(0);
      expect(answers.at(-1)).toBe(200);
      await chromium.shot(page, '02-recovered');
    });
  }, 180_000);
});
