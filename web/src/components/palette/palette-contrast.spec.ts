import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The entity colours must stay distinguishable from the card background (WCAG 1.4.11, 3:1) in every
// palette and both themes. Read from the stylesheet itself so a new palette is checked without edits.
const css = readFileSync(new URL('../../styles/globals.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const SURFACE = { light: '#ffffff', dark: '#1c201d' };

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
  colours: [...(match[2] ?? '').matchAll(/--palette-(\d): (#[0-9a-f]{6});/gi)].map((m) => m[2] ?? ''),
}));

describe('palette colours in globals.css', () => {
  it('finds the default and the three other palettes in both themes', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3 + 3 * 3);
    for (const block of blocks) expect(block.colours, block.selector).toHaveLength(10);
  });

  for (const block of blocks) {
    const theme = /data-theme='(dark|system)'/.test(block.selector) ? 'dark' : 'light';
    it(`keeps 3:1 against the ${theme} surface: ${block.selector}`, () => {
      for (const colour of block.colours) {
        expect(contrast(colour, SURFACE[theme]), colour).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
