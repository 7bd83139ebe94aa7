import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium.js';

// The second browser journey (decision 1006): a guest keeps their gear when they create an account,
// then changes the password (other sessions signed out) and switches weights to pounds and ounces.
describe('the web app in Chromium: guest → gear → upgrade → password → pounds and ounces', () => {
  const { webUrl } = inject('stack');
  const chromium = useChromium('web-guest');

  const { shot } = chromium;

  it('keeps the guest gear through the upgrade and shows weights as the preferences say', async () => {
    const context = await chromium
      .browser()
      .newContext({ baseURL: webUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      // Try as guest, add an item.
      await page.goto('/sign-in');
      await page.getByRole('button', { name: 'Try as guest' }).click();
      await page.waitForURL('**/gear');
      await page.getByLabel('Name', { exact: true }).fill('Ice axe');
      await page.getByLabel('Weight (g)').fill('1200');
      await page.getByRole('button', { name: 'Add item' }).click();
      await expect.poll(() => page.getByRole('rowheader', { name: 'Ice axe' }).count()).toBe(1);

      // Upgrade on the account page.
      await page.goto('/account');
      await expect.poll(() => page.getByText('You are using a guest account.').count()).toBe(1);
      const email = `guest-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect.poll(() => page.getByText(`Signed in as ${email}.`).count()).toBe(1);
      // The tab's session is renewed at once, so the next page load is rendered on the server for
      // the full account (the page session cookie names its email) before any reload refreshes it.
      await expect.poll(() => page.getByTestId('account-email').textContent()).toContain(email);
      await expect
        .poll(async () =>
          (await context.request.get('/trips', { headers: { 'sec-fetch-dest': 'document' } })).text(),
        )
        .toContain(email);
      await shot(page, '01-upgraded');

      // The gear is still there, after a reload too (a fresh refresh from the cookie).
      await page.goto('/gear');
      await page.reload();
      await expect.poll(() => page.getByRole('rowheader', { name: 'Ice axe' }).count()).toBe(1);

      // Change the password: the form says other sessions are signed out, and then how many.
      await page.goto('/account');
      await expect.poll(() => page.getByText('signs out every other device').count()).toBe(1);
      await page.getByLabel('Current password').first().fill('correct horse battery staple');
      await page.getByLabel('New password', { exact: true }).fill('a different horse entirely');
      await page.getByLabel('New password again').fill('a different horse entirely');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect
        .poll(() => page.getByText(/Password changed\. \d+ other sessions? (was|were) signed out\./).count())
        .toBe(1);
      await shot(page, '02-password-changed');

      // Pounds and ounces: the preference changes how the gear table prints weights.
      await page.goto('/preferences');
      await page.getByLabel('Pounds (lb)').check();
      await expect.poll(() => page.getByText('Saved.').count()).toBe(1);
      // "Saved." is already on screen from the first change: wait for this change's own answer
      // before leaving the page, or /gear may render before the preference is stored.
      const savedPoundsAndOunces = page.waitForResponse(
        (response) =>
          response.url().endsWith('/graphql') &&
          (response.request().postData() ?? '').includes('"showPoundsAndOunces":true'),
      );
      await page.getByLabel('Pounds and ounces (2 lb 3.5 oz)').check();
      expect((await savedPoundsAndOunces).ok()).toBe(true);
      await expect.poll(() => page.getByText('Saved.').count()).toBe(1);
      await expect.poll(() => page.getByTestId('weight-sample').innerText()).toBe('2 lb 11.5 oz');
      await page.goto('/gear');
      // 1200 g = 42.33 oz = 2 lb 10.3 oz.
      await expect
        .poll(() => page.getByRole('row', { name: /Ice axe/ }).innerText())
        .toContain('2 lb 10.3 oz');
      await shot(page, '03-pounds-and-ounces');

      // Sign in with the new password in a fresh context.
      const other = await chromium.browser().newContext({ baseURL: webUrl });
      const signIn = await other.newPage();
      await signIn.goto('/sign-in');
      await signIn.getByLabel('Email').fill(email);
      await signIn.getByLabel('Password').fill('a different horse entirely');
      await signIn.getByRole('button', { name: 'Sign in' }).click();
      await signIn.waitForURL('**/gear');
      await other.close();
    } catch (error) {
      await shot(page, 'failure').catch(() => undefined);
      const text = await page
        .locator('body')
        .innerText()
        .catch(() => '');
      throw new Error(`${String(error)}\nat ${page.url()}\npage text:\n${text.slice(0, 1500)}`);
    } finally {
      await context.close();
    }
  }, 120_000);
});
