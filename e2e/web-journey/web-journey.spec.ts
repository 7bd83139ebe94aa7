import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium.js';

const PHONE = { width: 360, height: 740 };

describe('the web app in Chromium: from sign-up to a shared pack and sign-out', () => {
  const { webUrl } = inject('stack');
  const chromium = useChromium('web', { clean: true });

  const { shot } = chromium;

  it('signs up, builds gear → list → pack → trip, checks off on a phone, shares, signs out', async () => {
    await chromium.withPage(webUrl, (page, context) => journey(page, context));
  }, 180_000);

  async function journey(page: Page, context: BrowserContext) {
    // Sign up: the refresh token arrives as an httpOnly, SameSite=Strict cookie the page cannot read.
    await page.goto('/sign-up');
    const email = `web-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/gear');
    const cookie = (await context.cookies()).find((entry) => entry.name === 'pyb_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/session' });
    expect(await page.evaluate<string>('document.cookie')).not.toContain('pyb_refresh');

    // Gear.
    for (const [name, grams] of [
      ['Tent', '1200'],
      ['Stove', '85'],
    ] as const) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Weight (g)').fill(grams);
      await page.getByRole('button', { name: 'Add item' }).click();
      await expect.poll(() => page.getByRole('rowheader', { name }).count()).toBe(1);
    }
    await shot(page, '01-gear');

    // A list with both items.
    await page.goto('/lists');
    await page.getByLabel('List name').fill('Shelter and kitchen');
    await page.getByRole('button', { name: 'Create list' }).click();
    await page.waitForURL(/\/lists\/[^/]+$/);
    for (const name of ['Tent', 'Stove']) {
      const picker = page.getByLabel('Item from your library');
      const value = await picker.locator('option', { hasText: name }).first().getAttribute('value');
      await picker.selectOption(value ?? '');
      await page.getByRole('button', { name: 'Add to list' }).click();
      // The editor's table (the grouped view above it names each item too).
      const entries = page.getByRole('table', { name: 'Entries' });
      await expect.poll(() => entries.getByRole('rowheader', { name: new RegExp(name) }).count()).toBe(1);
    }
    await expect.poll(() => page.getByTestId('weight-total').textContent()).toContain('1,285');
    await shot(page, '02-list');

    // A pack combining the list.
    await page.goto('/packs');
    await page.getByLabel('Pack name').fill('Summer 3-day');
    await page.getByRole('button', { name: 'Create pack' }).click();
    await page.waitForURL(/\/packs\/[^/]+$/);
    await page.getByLabel('Shelter and kitchen').click();
    await expect.poll(() => page.getByTestId('weight-total').textContent()).toContain('1,285');
    await expect.poll(() => page.getByRole('img', { name: 'Weight by category' }).count()).toBe(1);

    // Share the pack.
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const shareUrl = await page.getByTestId('share-url').inputValue();
    expect(shareUrl).toMatch(/\/s\/[^/?]+\?kind=pack$/);
    await shot(page, '03-pack');

    // A trip with the pack, then check-off on a phone-sized viewport.
    await page.goto('/trips');
    await page.getByLabel('Trip name').fill('Lakes weekend');
    await page.getByLabel('Pack').selectOption({ label: 'Summer 3-day' });
    await page.getByRole('button', { name: 'Plan trip' }).click();
    await page.waitForURL(/\/trips\/[^/]+$/);
    await page.setViewportSize(PHONE);
    const progress = page.getByTestId('checklist-progress');
    await expect.poll(() => progress.textContent()).toContain('0 of 2 packed');
    await page.getByRole('checkbox', { name: /Tent/ }).click();
    await expect.poll(() => progress.textContent()).toContain('1 of 2 packed');
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await shot(page, '04-checklist-phone');

    // A reload keeps the check (saved by the mutation) and the session (restored from the cookie).
    await page.reload();
    await expect.poll(() => progress.textContent()).toContain('1 of 2 packed');
    await page.getByRole('checkbox', { name: /Stove/ }).click();
    await expect.poll(() => progress.textContent()).toContain('2 of 2 packed');
    await page.getByRole('button', { name: /Undo: Stove packed/ }).click();
    await expect.poll(() => progress.textContent()).toContain('1 of 2 packed');

    // The share link, signed out (a fresh browser context has no cookie).
    const anonymous = await chromium.browser().newContext({ viewport: PHONE });
    const publicPage = await anonymous.newPage();
    await publicPage.goto(shareUrl);
    await expect.poll(() => publicPage.getByRole('heading', { level: 1 }).textContent()).toBe('Summer 3-day');
    expect(await publicPage.getByRole('rowheader', { name: /Tent/ }).count()).toBe(1);
    expect(await publicPage.content()).not.toContain(email);
    await shot(publicPage, '05-shared-signed-out');
    await anonymous.close();

    // Account and security: this device is listed; a personal access token is shown once.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/account');
    await expect.poll(() => page.getByRole('heading', { name: 'Signed-in devices' }).count()).toBe(1);
    await page.getByLabel('Token name').fill('my script');
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect.poll(() => page.getByTestId('token-secret').count()).toBe(1);
    expect((await page.getByTestId('token-secret').textContent())?.length).toBeGreaterThan(20);
    await expect.poll(() => page.getByRole('button', { name: 'Revoke my script' }).count()).toBe(1);
    await expect.poll(() => page.getByText('All systems working').count()).toBe(1);
    await shot(page, '06-account');

    // Sign out: the cookie is gone and a protected page sends the user to sign in, and back.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/sign-in');
    expect((await context.cookies()).some((entry) => entry.name === 'pyb_refresh')).toBe(false);
    await page.goto('/packs');
    await page.waitForURL(/\/sign-in\?next=%2Fpacks/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/packs');
    await shot(page, '07-back-after-sign-in');
  }
});
