import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** The page scrolls only down: nothing is wider than the viewport. A failure names what sticks out. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList]
        .map((name) => `.${name}`)
        .join('')} (right ${Math.round(element.getBoundingClientRect().right)})`;
    // The outermost elements that stick out (their children would only repeat them).
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter(
        (element) =>
          !(element.parentElement && element.parentElement.getBoundingClientRect().right > width + 0.5),
      )
      .slice(0, 5)
      .map(describe);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
  });
  expect(scrollWidth, `horizontal overflow on ${page.url()}: ${wide.join(', ')}`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/**
 * The header is one line: its height is its padding plus its tallest child (brand, Menu button or
 * the desktop's links), and every child sits on the same line.
 */
export async function expectOneLineHeader(page: Page): Promise<void> {
  const header = await page.locator('body > header').evaluate((element) => {
    const style = getComputedStyle(element);
    // In-flow children only: the open menu panel lies over the page below the line.
    const children = [...element.children]
      .filter((child) => getComputedStyle(child).position !== 'absolute')
      .map((child) => child.getBoundingClientRect())
      .filter((box) => box.height > 0);
    return {
      height: element.getBoundingClientRect().height,
      padding: parseFloat(style.paddingTop) + parseFloat(style.paddingBottom),
      border: parseFloat(style.borderBottomWidth),
      minHeight: parseFloat(style.minHeight),
      tallest: Math.max(...children.map((box) => box.height)),
      tops: children.map((box) => box.top + box.height / 2),
    };
  });
  const oneLine = Math.max(header.minHeight, header.tallest + header.padding + header.border);
  expect(header.height, `header height on ${page.url()}`).toBeLessThanOrEqual(oneLine + 0.5);
  // Every child is centred on the same line.
  expect(Math.max(...header.tops) - Math.min(...header.tops)).toBeLessThanOrEqual(2);
}

/** Both checks, for every page a phone visitor sees. */
export async function expectFitsThePhone(page: Page): Promise<void> {
  await expectNoHorizontalOverflow(page);
  await expectOneLineHeader(page);
}

/** Every element matched is at least 44 × 44 CSS pixels (a thumb's target). */
export async function expectThumbTargets(page: Page, selector: string): Promise<number> {
  const boxes = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => ({
      text: (element.textContent ?? '').trim().slice(0, 40),
      ...element.getBoundingClientRect().toJSON(),
    })),
  );
  for (const box of boxes) {
    expect(box.height, `height of "${box.text}"`).toBeGreaterThanOrEqual(44);
    expect(box.width, `width of "${box.text}"`).toBeGreaterThanOrEqual(44);
  }
  return boxes.length;
}
