import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { shownGroups } from '../support/category-groups.js';
import { signInWithForm, useChromium } from '../support/chromium.js';
import { postGraphQL } from '../support/graphql-client.js';
import { PHONE } from '../support/phone-checks.js';

const PASSWORD = 'correct horse battery staple';
// axe-core (npm) injected into the page: the WCAG 2.1 A and AA rules, run in the system Chromium.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// A mutation through the web proxy and the router on a busy shared machine; vitest polls 1 s by default.
const SERVER_ROUND_TRIP = { timeout: 15_000, interval: 100 };

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: { run: (o: unknown) => Promise<AxeResult> } }).axe.run({
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG,
  );
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((n) => n.target))})`,
  );
}

const groupNames = async (page: Page) => (await shownGroups(page)).map((group) => group[0]);

// A list with items in four categories (one uncategorised) and a pack of it, made through the API;
// then the person's view in Chromium: grouped subtotals, a fold and a reorder from the keyboard,
// kept over a reload; axe finds nothing on the list and pack pages in either theme.
describe('the web app in Chromium: a list and a pack grouped by category', () => {
  const { webUrl, graphqlUrl } = inject('stack');
  const chromium = useChromium('web-category-groups', { clean: true });
  let email: string;
  let listId: string;
  let packId: string;
  let tripId: string;

  beforeAll(async () => {
    const account = await signUp(graphqlUrl);
    email = account.email;
    const call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await postGraphQL<T>(graphqlUrl, query, { token: account.accessToken, variables });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return response.data as T;
    };
    const category = async (name: string, colorIndex: number) =>
      (
        await call<{ createCategory: { id: string } }>(
          'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
          { input: { name, colorIndex } },
        )
      ).createCategory.id;
    const item = async (input: Record<string, unknown>) =>
      (
        await call<{ createItem: { id: string } }>(
          'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }',
          { input },
        )
      ).createItem.id;
    const shelter = await category('Shelter', 0);
    const kitchen = await category('Kitchen', 1);
    const clothing = await category('Clothing', 3);
    const entries = [
      {
        itemId: await item({
          name: 'Pot',
          weightMg: 85_000,
          categoryId: kitchen,
          priceMinor: 2_500,
          currency: 'USD',
        }),
        quantity: 2,
      },
      {
        itemId: await item({
          name: 'Tent',
          weightMg: 1_200_000,
          categoryId: shelter,
          priceMinor: 34_900,
          currency: 'USD',
        }),
      },
      {
        itemId: await item({
          name: 'Socks',
          weightMg: 150_000,
          categoryId: clothing,
          priceMinor: 1_800,
          currency: 'USD',
        }),
        quantity: 2,
        wornQuantity: 1,
      },
      {
        itemId: await item({ name: 'Food', weightMg: 100_000, categoryId: kitchen }),
        quantity: 3,
        consumable: true,
      },
      { itemId: await item({ name: 'Rock', weightMg: 50_000 }) },
    ];
    listId = (
      await call<{ createList: { id: string } }>(
        'mutation($input: CreateListInput!) { createList(input: $input) { id } }',
        {
          input: { name: 'Three days', entries },
        },
      )
    ).createList.id;
    packId = (
      await call<{ createPack: { id: string } }>(
        'mutation($input: CreatePackInput!) { createPack(input: $input) { id } }',
        {
          input: { name: 'Weekend', listIds: [listId] },
        },
      )
    ).createPack.id;
    tripId = (
      await call<{ createTrip: { id: string } }>(
        'mutation($input: CreateTripInput!) { createTrip(input: $input) { id } }',
        { input: { name: 'Lakes', packId } },
      )
    ).createTrip.id;
  });

  it('shows hand-computed subtotals, folds and reorders from the keyboard, keeps both over a reload', async () => {
    await chromium.withPage(webUrl, async (page) => {
      await signInWithForm(page, email, PASSWORD);
      await page.goto(`/lists/${listId}`);
      await page.getByRole('heading', { name: 'By category' }).waitFor();

      // Hand-computed, grams: Shelter 1 200 ($349.00); Kitchen 2 × 85 + 3 × 100 = 470 (2 × $25);
      // Clothing 2 × 150 = 300 (2 × $18); Rock 50. Heaviest first while no order is kept.
      await expect
        .poll(() => shownGroups(page), SERVER_ROUND_TRIP)
        .toEqual([
          ['Shelter', '1', '1,200 g', '$349.00'],
          ['Kitchen', '5', '470 g', '$50.00'],
          ['Clothing', '2', '300 g', '$36.00'],
          ['Uncategorised', '1', '50 g', '–'],
        ]);
      // Base = 2 020 − 150 worn − 300 consumable.
      expect(await page.getByTestId('total-base').innerText()).toBe('1,570 g');
      expect(await page.getByTestId('total-worn').innerText()).toBe('150 g');
      expect(await page.getByTestId('total-consumable').innerText()).toBe('300 g');
      expect(await page.getByTestId('total-total').innerText()).toBe('2,020 g');
      await chromium.shot(page, '01-list-grouped');

      // Fold Kitchen from the keyboard.
      const kitchen = page.getByRole('button', { name: 'Kitchen', exact: true });
      await kitchen.focus();
      await page.keyboard.press('Enter');
      expect(await kitchen.getAttribute('aria-expanded')).toBe('false');
      const kitchenItems = page.locator(`[id="${await kitchen.getAttribute('aria-controls')}"]`);
      expect(await kitchenItems.isHidden()).toBe(true);

      // Move Kitchen up from the keyboard: the server keeps the new order.
      await page.getByRole('button', { name: 'Move Kitchen up' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => groupNames(page), SERVER_ROUND_TRIP)
        .toEqual(['Kitchen', 'Shelter', 'Clothing', 'Uncategorised']);
      // Focus stays on the button that moved, so a second press moves it on (here: already first).
      expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Move Kitchen up');
      await chromium.shot(page, '02-list-kitchen-folded-and-first');

      await page.reload();
      await page.getByRole('heading', { name: 'By category' }).waitFor();
      await expect
        .poll(() => groupNames(page), SERVER_ROUND_TRIP)
        .toEqual(['Kitchen', 'Shelter', 'Clothing', 'Uncategorised']);
      await expect
        .poll(
          () => page.getByRole('button', { name: 'Kitchen', exact: true }).getAttribute('aria-expanded'),
          SERVER_ROUND_TRIP,
        )
        .toBe('false');
      expect(await axeViolations(page)).toEqual([]);
    });
  }, 120_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the list and pack pages in the ${colorScheme} theme`, async () => {
      await chromium.withPage(webUrl, async (page) => {
        await page.emulateMedia({ colorScheme });
        await signInWithForm(page, email, PASSWORD);
        for (const path of [`/lists/${listId}`, `/packs/${packId}`]) {
          await page.goto(path, { timeout: 60_000 });
          await page.getByRole('heading', { name: 'By category' }).waitFor();
          await page.getByTestId('category-group').first().waitFor();
          expect(await axeViolations(page), path).toEqual([]);
          await chromium.shot(page, `03-${path.split('/')[1]}-${colorScheme}`);
        }
        // The pack keeps its own order: heaviest first, whatever the list keeps.
        await expect
          .poll(() => groupNames(page), SERVER_ROUND_TRIP)
          .toEqual(['Shelter', 'Kitchen', 'Clothing', 'Uncategorised']);
      });
    }, 120_000);
  }

  it('fits the list editor to a 360 px phone, every action of a row on the screen', async () => {
    await chromium.withPage(
      webUrl,
      async (page) => {
        await signInWithForm(page, email, PASSWORD);
        await page.goto(`/lists/${listId}`);
        const entries = page.getByRole('table', { name: 'Entries' });
        await expect.poll(() => entries.getByRole('rowheader').count(), SERVER_ROUND_TRIP).toBe(5);
        expect(await sidewaysScroll(page)).toEqual([]);
        for (const control of [
          page.getByRole('button', { name: 'Reorder Pot: use the up and down arrow keys' }),
          page.getByRole('button', { name: 'Move Pot down' }),
          page.getByLabel('Quantity of Pot', { exact: true }),
          page.getByLabel('Worn quantity of Pot'),
          page.getByLabel('Pot is consumable'),
          page.getByRole('button', { name: 'Remove Pot' }),
          page.getByRole('button', { name: 'Move Kitchen down' }),
        ])
          expect(await insideViewport(page, control)).toBe(true);
        // A stacked row still edits: the quantity field saves on leaving it (the rock: the trip's
        // checks below do not weigh it).
        await page.getByLabel('Quantity of Rock', { exact: true }).fill('2');
        await page.getByLabel('Worn quantity of Rock').focus();
        await expect
          .poll(() => entries.locator('tr', { hasText: 'Rock' }).innerText(), SERVER_ROUND_TRIP)
          .toContain('100 g');
        await chromium.shot(page, '04-list-editor-phone');
      },
      PHONE,
    );
  }, 120_000);

  it('folds trip checklist sections on a 360 px phone, and a reload keeps them folded', async () => {
    await chromium.withPage(
      webUrl,
      async (page) => {
        await signInWithForm(page, email, PASSWORD);
        await page.goto(`/trips/${tripId}`);
        const progress = page.getByTestId('checklist-progress');
        await expect.poll(() => progress.textContent(), SERVER_ROUND_TRIP).toContain('0 of 5 packed');
        expect(await sidewaysScroll(page)).toEqual([]);
        // The sections keep to the checklist's column (the page's padding), however long a name.
        expect(
          await page.evaluate<number>(`(() => {
            const column = document.querySelector('.checklist').getBoundingClientRect().right;
            const sections = [...document.querySelectorAll('[data-testid="checklist-group"]')];
            return Math.max(...sections.map((section) => section.getBoundingClientRect().right)) - column;
          })()`),
        ).toBeLessThanOrEqual(0.5);
        // Fold Kitchen from the keyboard: its lines go, its figures stay on the header.
        const kitchen = page.getByRole('button', { name: /^Kitchen/ });
        expect(await kitchen.getAttribute('aria-expanded')).toBe('true');
        expect(await kitchen.innerText()).toMatch(/470 g\s*·\s*0 of 2 packed/);
        await kitchen.focus();
        await page.keyboard.press('Enter');
        expect(await kitchen.getAttribute('aria-expanded')).toBe('false');
        expect(await page.getByRole('checkbox', { name: /Pot/ }).count()).toBe(0);
        // Pack the whole shelter, then fold every packed section at once.
        await page.getByRole('checkbox', { name: /Tent/ }).click();
        await expect.poll(() => progress.textContent(), SERVER_ROUND_TRIP).toContain('1 of 5 packed');
        await page.getByRole('button', { name: 'Fold packed sections' }).click();
        const shelter = page.getByRole('button', { name: /^Shelter/ });
        expect(await shelter.getAttribute('aria-expanded')).toBe('false');
        expect(await sidewaysScroll(page)).toEqual([]);
        await chromium.shot(page, '05-trip-folded-phone');

        await page.reload();
        await expect.poll(() => progress.textContent(), SERVER_ROUND_TRIP).toContain('1 of 5 packed');
        await expect.poll(() => kitchen.getAttribute('aria-expanded'), SERVER_ROUND_TRIP).toBe('false');
        expect(await shelter.getAttribute('aria-expanded')).toBe('false');
        expect(await page.getByRole('button', { name: /^Clothing/ }).getAttribute('aria-expanded')).toBe(
          'true',
        );
        expect(await page.getByRole('checkbox', { name: /Pot/ }).count()).toBe(0);
        expect(await page.getByRole('checkbox', { name: /Socks/ }).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      },
      PHONE,
    );
  }, 120_000);
});

/**
 * What scrolls sideways on the page: the document itself, or a box of it (a table's scroller),
 * each named with its widths; empty when everything fits.
 */
async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const root = document.scrollingElement;
    const boxes = [root, ...document.querySelectorAll('main *')].filter(
      (element) => element.scrollWidth > element.clientWidth &&
        (element === root || ['auto', 'scroll'].includes(getComputedStyle(element).overflowX)),
    );
    return boxes.map((element) => element.tagName.toLowerCase() + '.' + [...element.classList].join('.') +
      ' ' + element.scrollWidth + ' > ' + element.clientWidth);
  })()`);
}

/** Whether the control lies wholly within the viewport's width (reachable without scrolling sideways). */
async function insideViewport(page: Page, control: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await control.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}
