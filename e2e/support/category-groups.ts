import type { Page } from 'playwright-core';

/** The grouped view's categories as shown: name, then the quantity, weight and price subtotals. */
export async function shownGroups(page: Page): Promise<string[][]> {
  return page
    .getByTestId('category-group')
    .evaluateAll((groups) =>
      groups.map((group) =>
        [
          group.querySelector('th .swatch-label'),
          ...group.querySelectorAll('td[data-testid^="subtotal"]'),
        ].map((cell) => (cell?.textContent ?? '').trim()),
      ),
    );
}

/** The grouped view's footer as shown: base, worn, consumable and total weight. */
export async function shownTotals(page: Page): Promise<Record<string, string>> {
  const totals: Record<string, string> = {};
  for (const name of ['base', 'worn', 'consumable', 'total'])
    totals[name] = await page.getByTestId(`total-${name}`).innerText();
  return totals;
}
