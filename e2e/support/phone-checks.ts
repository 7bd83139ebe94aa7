import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The browser-side measurements are source strings: the e2e programs are typed without the DOM.

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** The page scrolls only down: nothing is wider than the viewport. A failure names what sticks out. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, wide } = await page.evaluate<{
    scrollWidth: number;
    innerWidth: number;
    wide: string[];
  }>(`(() => {
    const width = window.innerWidth;
    const sticksOut = (element) => element.getBoundingClientRect().right > width + 0.5;
    const describe = (element) =>
      element.tagName.toLowerCase() + [...element.classList].map((name) => '.' + name).join('') +
      ' (right ' + Math.round(element.getBoundingClientRect().right) + ')';
    // The outermost elements that stick out (their children would only repeat them).
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && !(element.parentElement && sticksOut(element.parentElement)))
      .slice(0, 5)
      .map(describe);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
  })()`);
  expect(scrollWidth, `horizontal overflow on ${page.url()}: ${wide.join(', ')}`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/**
 * The header is one line: its height is its padding plus its tallest in-flow child (brand, Menu
 * button or the desktop's links), and those children sit on the same line.
 */
export async function expectOneLineHeader(page: Page): Promise<void> {
  const header = await page.evaluate<{
    height: number;
    oneLine: number;
    centres: number[];
  }>(`(() => {
    const element = document.querySelector('body > header');
    const style = getComputedStyle(element);
    // In-flow children only: the open menu panel lies over the page below the line.
    const boxes = [...element.children]
      .filter((child) => getComputedStyle(child).position !== 'absolute')
      .map((child) => child.getBoundingClientRect())
      .filter((box) => box.height > 0);
    const tallest = Math.max(...boxes.map((box) => box.height));
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return {
      height: element.getBoundingClientRect().height,
      oneLine: Math.max(parseFloat(style.minHeight), tallest + padding + parseFloat(style.borderBottomWidth)),
      centres: boxes.map((box) => box.top + box.height / 2),
    };
  })()`);
  expect(header.height, `header height on ${page.url()}`).toBeLessThanOrEqual(header.oneLine + 0.5);
  expect(Math.max(...header.centres) - Math.min(...header.centres)).toBeLessThanOrEqual(2);
}

/** Both checks, for every page a phone visitor sees. */
export async function expectFitsThePhone(page: Page): Promise<void> {
  await expectNoHorizontalOverflow(page);
  await expectOneLineHeader(page);
}

/** Every element `selector` matches is at least 44 × 44 CSS pixels (a thumb's target); returns how many. */
export async function expectThumbTargets(page: Page, selector: string): Promise<number> {
  const boxes = await page.evaluate<{ text: string; width: number; height: number }[]>(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].map((element) => ({
      text: (element.textContent || '').trim().slice(0, 40),
      width: element.getBoundingClientRect().width,
      height: element.getBoundingClientRect().height,
    }))`,
  );
  for (const box of boxes) {
    expect(box.height, `height of "${box.text}"`).toBeGreaterThanOrEqual(44);
    expect(box.width, `width of "${box.text}"`).toBeGreaterThanOrEqual(44);
  }
  return boxes.length;
}

/** `expect.poll` with the page's patience: a page on a busy machine can take seconds to load. */
export function eventually<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 15_000 });
}

/**
 * The page's title is one line cut with an ellipsis (it is longer than the screen), and the whole
 * name is still there: in the text a screen reader reads, and in `title` for a pointer.
 */
export async function expectTruncatedTitle(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  expect(await heading.textContent()).toBe(name);
  expect(await heading.getAttribute('title')).toBe(name);
  const { scrollWidth, clientWidth, ellipsis, lineHeight, height } = await page.evaluate<{
    scrollWidth: number;
    clientWidth: number;
    ellipsis: string;
    lineHeight: number;
    height: number;
  }>(`(() => {
    const element = document.querySelector('main h1');
    const style = getComputedStyle(element);
    return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, ellipsis: style.textOverflow,
      lineHeight: parseFloat(style.lineHeight), height: element.getBoundingClientRect().height };
  })()`);
  expect(ellipsis).toBe('ellipsis');
  expect(scrollWidth, 'the title is cut, not wrapped').toBeGreaterThan(clientWidth);
  expect(height).toBeLessThanOrEqual(lineHeight * 1.5);
}
