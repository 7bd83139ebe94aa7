import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { signInWithForm, useChromium } from '../support/chromium.js';
import { seedGear, type SeededGear } from './seed-gear.js';
import { startOtherOrigin, type OtherOrigin } from './other-origin.js';

/**
 * The Content-Security-Policy in the browser (decision 1012): the app's pages load, hydrate and
 * work with it on and break no directive; a script the page did not send is refused; and a site on
 * another origin cannot frame `/account`.
 */
describe('the web app in Chromium under its Content-Security-Policy', () => {
  const { graphqlUrl, webUrl } = inject('stack');
  const chromium = useChromium('web-security');
  let account: { email: string; gear: SeededGear };
  let other: OtherOrigin;

  beforeAll(async () => {
    const { email, accessToken } = await signUp(graphqlUrl);
    account = { email, gear: await seedGear(graphqlUrl, accessToken) };
    other = await startOtherOrigin({
      '/frame-account': `<!doctype html><title>Framing</title>
        <iframe name="app" src="${webUrl}/account" width="800" height="600"></iframe>
        <iframe name="control" src="/inner" width="200" height="100"></iframe>`,
      '/inner': '<!doctype html><title>Inner</title><p id="inner">framed fine</p>',
    });
  });
  afterAll(async () => {
    await other?.close();
  });

  /**
   * A full page load, then the tab's session restore (every page of a signed-in tab asks
   * `/api/session/refresh` once hydrated): leaving before it answers would drop the rotated
   * refresh cookie on the floor and end the session.
   */
  async function load(page: Page, path: string): Promise<void> {
    const restored = page.waitForResponse((response) => response.url().endsWith('/api/session/refresh'), {
      timeout: 30_000,
    });
    await page.goto(path);
    await restored;
    await page.waitForLoadState('networkidle');
  }

  /** Every CSP violation and console error of the page, across navigations. */
  async function watch(page: Page): Promise<string[]> {
    const problems: string[] = [];
    await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
    // Page code as text: e2e is typechecked without the DOM library.
    await page.addInitScript(`
      document.addEventListener('securitypolicyviolation', (event) => {
        window.reportCspViolation(
          event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' on ' + location.pathname,
        );
      });
    `);
    page.on('console', (message) => {
      const text = message.text();
      // A 404 document is logged as a failed load; the page that asks for one expects it.
      if (/status of 404/.test(text) && new URL(page.url()).pathname === '/no-such-page') return;
      if (message.type() === 'error' || /Content.Security.Policy|Permissions-Policy/i.test(text))
        problems.push(`console.${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    return problems;
  }

  it('loads every main page without a violation, hydrates, and checks a trip item off', async () => {
    const { gear } = account;
    await chromium.withPage(webUrl, async (page) => {
      const problems = await watch(page);
      await page.goto('/');
      const policy = (await page.request.get('/')).headers()['content-security-policy'];
      expect(policy).toContain("'strict-dynamic'");

      // Hydrated: the sign-in form submits through React, not as a plain HTML form.
      await signInWithForm(page, account.email, 'correct horse battery staple');
      for (const path of [
        '/gear',
        '/lists',
        `/lists/${gear.ids.list}`,
        '/packs',
        `/packs/${gear.ids.pack}`,
        '/trips',
        '/import',
        '/preferences',
        '/account',
        `/s/${gear.shareToken}?kind=pack`,
        '/no-such-page',
      ]) {
        await load(page, path);
        expect(problems, `${path}: ${problems.join('\n')}`).toEqual([]);
      }
      await expect.poll(() => page.getByRole('heading').count()).toBeGreaterThan(0);

      // A client interaction on a full page load: check the item off.
      await load(page, `/trips/${gear.ids.trip}`);
      const progress = page.getByTestId('checklist-progress');
      await expect.poll(() => progress.textContent()).toContain('0 of 1 packed');
      await page.getByRole('checkbox', { name: new RegExp(gear.itemName) }).click();
      await expect.poll(() => progress.textContent()).toContain('1 of 1 packed');
      // And a client-side navigation: the header's link loads the next page's chunks.
      await page.getByRole('link', { name: 'Gear', exact: true }).click();
      await page.waitForURL('**/gear');
      await expect.poll(() => page.getByRole('rowheader', { name: gear.itemName }).count()).toBe(1);
      expect(problems, problems.join('\n')).toEqual([]);

      // The control: markup injected into the page cannot run script (an inline handler here).
      await page.evaluate(`
        const box = document.createElement('div');
        box.innerHTML = '<img alt="" src="data:," onerror="window.injectedScriptRan = true">';
        document.body.append(box);
      `);
      await expect
        .poll(() => problems.some((problem) => problem.startsWith('csp: script-src-attr')))
        .toBe(true);
      expect(await page.evaluate<boolean>("'injectedScriptRan' in window")).toBe(false);
    });
  }, 180_000);

  it('cannot be framed by a page on another origin, which can frame its own pages', async () => {
    await chromium.withPage(webUrl, async (page) => {
      await signInWithForm(page, account.email, 'correct horse battery staple');
      const refusals: string[] = [];
      page.on('console', (message) => refusals.push(message.text()));
      await page.goto(`${other.origin}/frame-account`);
      await page.waitForLoadState('load');

      const control = page.frame({ name: 'control' });
      await expect.poll(() => control?.locator('#inner').textContent()).toBe('framed fine');
      await expect
        .poll(() => refusals.some((text) => /frame-ancestors|X-Frame-Options/i.test(text)))
        .toBe(true);
      const framed = page.frame({ name: 'app' });
      const accountShown = await framed
        ?.locator('body')
        .innerText()
        .then((text) => /Account|Sign out/i.test(text))
        .catch(() => false);
      expect(accountShown).toBe(false);
    });
  }, 60_000);
});
