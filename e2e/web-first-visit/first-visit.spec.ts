import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shownGroups } from '../support/category-groups.js';
import { useChromium } from '../support/chromium.js';
import {
  DESKTOP,
  expectFitsThePhone,
  expectNoHorizontalOverflow,
  expectOneLineHeader,
  expectThumbTargets,
  eventually,
  PHONE,
} from '../support/phone-checks.js';

/** The trip checklist's group headings, whitespace folded: category, weight, packed count. */
const checklistGroups = (page: Page) =>
  page
    .getByTestId('checklist-group')
    .locator('h2')
    .allInnerTexts()
    .then((texts) => texts.map((text) => text.replace(/\s+/g, ' ').trim()));

// A hiker's first five minutes, on a phone (issue 15): the home page shows the sample pack, "Try it
// without an account" lands in the sample gear, and every page fits 360 px with a one-line header.
describe('the web app in Chromium: a new visitor on a 360 px phone', () => {
  const { webUrl } = inject('stack');
  const chromium = useChromium('web-first-visit', { clean: true });
  const { shot } = chromium;

  it('sees the sample pack, tries it without an account, and every page fits the phone', async () => {
    await chromium.withPage(webUrl, (page) => firstVisit(page), PHONE);
  }, 300_000);

  async function firstVisit(page: Page) {
    // Home, signed out: the sample pack grouped by category, its chart and base weight.
    await page.goto('/');
    await expectFitsThePhone(page);
    const homeBase = await page.getByTestId('sample-base-weight').innerText();
    expect(homeBase).toBe('2,892 g'); // 3 257 g packed − 170 g worn − 195 g consumable
    expect(await page.getByTestId('sample-subtotal-kitchen').innerText()).toBe('546 g');
    expect(await page.getByRole('img', { name: 'Weight by category' }).count()).toBe(1);
    await shot(page, '01-home-phone');

    // The menu: a disclosure button, closed by Escape (focus back on the button).
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor(); // once the tab knows it is signed out
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const nav = page.locator('nav[aria-label="Main"]');
    expect(await nav.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
    await expectOneLineHeader(page); // the open menu lies over the page, the header keeps its line
    await shot(page, '02-menu-open-phone');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Menu');

    for (const path of ['/sign-in', '/sign-up']) {
      await page.goto(path);
      await eventually(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await expectFitsThePhone(page);
    }

    // Try it without an account: a guest session, landing in the sample gear.
    await page.goto('/');
    await page.getByRole('button', { name: 'Try it without an account' }).click();
    await page.waitForURL('**/gear');
    await eventually(() => page.getByRole('rowheader', { name: /Down quilt/ }).count()).toBe(1);
    await expectFitsThePhone(page);
    await shot(page, '03-gear-phone');

    // Through the menu: a link closes it on the way.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lists' }).click();
    await page.waitForURL('**/lists');
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    await eventually(() => page.getByRole('link', { name: 'Shelter & sleep' }).count()).toBe(1);
    await expectFitsThePhone(page);
    await page.getByRole('link', { name: 'Shelter & sleep' }).click();
    await page.waitForURL(/\/lists\/[^/]+$/);
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Shelter & sleep');
    await expectFitsThePhone(page);
    await shot(page, '04-list-phone');

    // The sample pack: the base weight the home page promised.
    await page.goto('/packs');
    await eventually(() => page.getByRole('link', { name: 'Weekend overnighter' }).count()).toBe(1);
    await expectFitsThePhone(page);
    await page.getByRole('link', { name: 'Weekend overnighter' }).click();
    await page.waitForURL(/\/packs\/[^/]+$/);
    await eventually(() => page.getByTestId('weight-base').innerText()).toBe(homeBase);
    // In the order the home page showed the sample in (the sample pack keeps it).
    expect((await shownGroups(page)).map((group) => group[0])).toEqual([
      'Shelter',
      'Sleep system',
      'Kitchen & water',
      'Clothing',
      'Essentials',
    ]);
    await expectFitsThePhone(page);
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const shareUrl = await page.getByTestId('share-url').inputValue();
    await expectFitsThePhone(page);
    await shot(page, '05-pack-phone');

    // The sample trip: check-off with one thumb.
    await page.goto('/trips');
    await eventually(() => page.getByRole('link', { name: /Sample trip/ }).count()).toBe(1);
    await expectFitsThePhone(page);
    await page.getByRole('link', { name: /Sample trip/ }).click();
    await page.waitForURL(/\/trips\/[^/]+$/);
    const progress = page.getByTestId('checklist-progress');
    await eventually(() => progress.textContent()).toContain('0 of 16 packed');
    const lines = await expectThumbTargets(page, '.checklist-lines label');
    expect(lines).toBe(16);
    await expectThumbTargets(page, '.checklist button, .checklist label');
    // Grouped by category like the pack page, in the sample pack's kept order (the home page's),
    // each heading with the API's subtotal and how many of its lines are packed.
    expect(await checklistGroups(page)).toEqual([
      'Shelter 868 g · 0 of 2 packed', // 820 + 6 × 8
      'Sleep system 1,047 g · 0 of 3 packed', // 620 + 370 + 57
      'Kitchen & water 546 g · 0 of 6 packed', // 73 + 103 + 195 + 18 + 85 + 2 × 36
      'Clothing 620 g · 0 of 3 packed', // 200 + 250 + 170
      'Essentials 176 g · 0 of 2 packed', // 56 + 120
    ]);
    await page.getByRole('checkbox', { name: /Down quilt/ }).click();
    await eventually(() => progress.textContent()).toContain('1 of 16 packed');
    expect((await checklistGroups(page))[1]).toBe('Sleep system 1,047 g · 1 of 3 packed');
    await expectFitsThePhone(page);
    await shot(page, '06-trip-phone');

    for (const path of ['/import', '/preferences', '/account']) {
      await page.goto(path);
      await eventually(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await expectFitsThePhone(page);
    }

    // The shared pack, signed out, on a phone.
    const anonymous = await chromium.browser().newContext({ viewport: PHONE });
    const shared = await anonymous.newPage();
    try {
      await shared.goto(shareUrl);
      await eventually(() => shared.getByRole('heading', { level: 1 }).innerText()).toBe(
        'Weekend overnighter',
      );
      // Grouped like the owner's pack page (and the home page's sample), without prices.
      await eventually(() => shownGroups(shared)).toEqual([
        ['Shelter', '7', '868 g'],
        ['Sleep system', '3', '1,047 g'],
        ['Kitchen & water', '7', '546 g'],
        ['Clothing', '3', '620 g'],
        ['Essentials', '2', '176 g'],
      ]);
      expect(await shared.getByTestId('total-base').innerText()).toBe(homeBase);
      await expectNoHorizontalOverflow(shared);
      await expectOneLineHeader(shared);
      await shot(shared, '07-shared-phone');
    } finally {
      await anonymous.close();
    }
  }

  it('looks right at 360 px and on a desktop, in the light and the dark theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const [size, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        await chromium.withPage(webUrl, (page) => tour(page, theme, size), viewport);
      }
    }
  }, 480_000);

  async function tour(page: Page, theme: 'light' | 'dark', size: 'phone' | 'desktop') {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await eventually(() => page.getByTestId('sample-base-weight').count()).toBe(1);
    // The theme follows the device (data-theme="system"): the page is painted in it.
    const background = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe(theme === 'light' ? 'rgb(247, 247, 244)' : 'rgb(18, 21, 19)');
    await expectFitsThePhone(page);
    // The desktop keeps its full header; the phone has the Menu.
    // (The links appear once the tab knows it is signed out.)
    await eventually(() => page.locator('nav[aria-label="Main"] a[href="/sign-up"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(size === 'phone');
    expect(await page.locator('nav[aria-label="Main"]').isVisible()).toBe(size === 'desktop');
    await shot(page, `home-${size}-${theme}`);

    await page.getByRole('button', { name: 'Try it without an account' }).click();
    await page.waitForURL('**/gear');
    await eventually(() => page.getByRole('rowheader', { name: /Down quilt/ }).count()).toBe(1);
    await expectFitsThePhone(page);
    await shot(page, `gear-${size}-${theme}`);
    await page.goto('/lists');
    await page.getByRole('link', { name: 'Shelter & sleep' }).click();
    await page.waitForURL(/\/lists\/[^/]+$/);
    await eventually(() => page.getByRole('img', { name: 'Weight by category' }).count()).toBe(1);
    await expectFitsThePhone(page);
    await shot(page, `list-${size}-${theme}`);
    await page.goto('/packs');
    await page.getByRole('link', { name: 'Weekend overnighter' }).click();
    await page.waitForURL(/\/packs\/[^/]+$/);
    await eventually(() => page.getByRole('img', { name: 'Weight by category' }).count()).toBe(1);
    await expectFitsThePhone(page);
    await shot(page, `pack-${size}-${theme}`);
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const shareUrl = await page.getByTestId('share-url').inputValue();
    await page.goto('/trips');
    await page.getByRole('link', { name: /Sample trip/ }).click();
    await page.waitForURL(/\/trips\/[^/]+$/);
    await eventually(() => page.getByTestId('checklist-progress').count()).toBe(1);
    await expectFitsThePhone(page);
    await shot(page, `trip-${size}-${theme}`);
    await page.goto(shareUrl);
    await eventually(() => page.getByRole('img', { name: 'Weight by category' }).count()).toBe(1);
    await expectFitsThePhone(page);
    await shot(page, `shared-${size}-${theme}`);
  }
});
