import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The entity colours must stay distinguishable from the card background (WCAG 1.4.11, 3:1) in every
// palette and both themes. Read from the stylesheet itself so a new palette is checked without edits:
// every token is written once as light-dark(<light>, <dark>).
const css = readFileSync(new URL('../../styles/globals.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

type Pair = { light: string; dark: string };

function pairOf(declarations: string, name: string): Pair | undefined {
  const match = new RegExp(`${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`, 'i').exec(
    declarations,
  );
  return match ? { light: match[1] ?? '', dark: match[2] ?? '' } : undefined;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const blocks = [...css.matchAll(/([^{}]+)\{([^{}]*--palette-\d:[^{}]*)\}/g)].map((match) => ({
  selector: (match[1] ?? '').trim(),
  colours: Array.from({ length: 10 }, (_, index) => pairOf(match[2] ?? '', `--palette-${index}`)),
}));
const root = [...css.matchAll(/(?:^|\})\s*:root\s*\{([^{}]*)\}/g)][0]?.[1] ?? '';
const surface = pairOf(root, '--surface');

describe('palette colours in globals.css', () => {
  it('finds the surface and the default and three other palettes, each colour with both sides', () => {
    expect(surface).toBeDefined();
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks)
      for (const colour of block.colours) expect(colour, block.selector).toBeDefined();
  });

  for (const block of blocks) {
    for (const theme of ['light', 'dark'] as const) {
      it(`keeps 3:1 against the ${theme} surface: ${block.selector}`, () => {
        for (const colour of block.colours) {
          const value = colour?.[theme] ?? '';
          expect(contrast(value, surface?.[theme] ?? ''), value).toBeGreaterThanOrEqual(3);
        }
      });
    }
  }
});
