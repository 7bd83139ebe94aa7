import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { useChromium } from '../support/chromium.js';
import { startOtherOrigin, type OtherOrigin } from './other-origin.js';

/**
 * The probe's finding #1 (issue 13): `/sign-in?next=/..//evil.example` sent a signed-in user to
 * another site. Here the "other site" is a real server on another loopback port, so a redirect
 * that leaks would land on it and it would see the request.
 */
describe('?next= after signing in, in Chromium through the real web server', () => {
  const { webUrl, graphqlUrl } = inject('stack');
  const webOrigin = new URL(webUrl).origin;
  const chromium = useChromium('web-security');
  let other: OtherOrigin;
  beforeAll(async () => {
    other = await startOtherOrigin();
  });
  afterAll(async () => {
    await other?.close();
  });

  // Each of these parses to the path `//<host>/…` on the app's origin: protocol-relative.
  const variants = (host: string) => [
    `/..//${host}/landing`,
    `/./..//${host}/landing`,
    `/%2e%2e//${host}/landing`,
    `/a/../..//${host}/landing`,
  ];

  it('stays on the app origin for every hostile next and lands on the gear page', async () => {
    const { email } = await signUp(graphqlUrl);
    for (const next of variants(other.host)) {
      await chromium.withPage(webUrl, async (page) => {
        await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password').fill('correct horse battery staple');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL((url) => url.origin !== webOrigin || url.pathname === '/gear');
        expect(new URL(page.url()).origin, next).toBe(webOrigin);
        expect(new URL(page.url()).pathname, next).toBe('/gear');
      });
    }
    expect(other.requests).toEqual([]);
  }, 120_000);

  it('still brings the user back to a path on this site, query and fragment kept', async () => {
    const { email } = await signUp(graphqlUrl);
    await chromium.withPage(webUrl, async (page) => {
      await page.goto(`/sign-in?next=${encodeURIComponent('/lists?x=1#a')}`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('correct horse battery staple');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/lists');
      expect(page.url()).toBe(`${webOrigin}/lists?x=1#a`);
    });
  }, 60_000);
});
