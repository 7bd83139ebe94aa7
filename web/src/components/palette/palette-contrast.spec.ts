import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ciede2000, hexToLab } from '@/lib/colour/ciede2000';
import { contrastRatio } from '@/lib/colour/contrast-ratio';
import { readPaletteTokens, type PaletteBlock, type PaletteTokens } from './palette-tokens';

// The entity colours must stay visible on the page and card backgrounds (WCAG 1.4.11, 3:1) and
// distinguishable from each other (CIEDE2000 ΔE ≥ 15) in every palette and both themes. Read from
// the stylesheet itself (every token is light-dark(<light>, <dark>), decision 0404), so a colour
// changed there, or a new palette, is checked without edits here.
const MIN_CONTRAST = 3;
const MIN_DELTA_E = 15;
const THEMES = ['light', 'dark'] as const;

const tokens = readPaletteTokens(readFileSync(new URL('../../styles/globals.css', import.meta.url), 'utf8'));

function sides(block: PaletteBlock, theme: (typeof THEMES)[number]): string[] {
  return block.colours.map((colour) => colour?.[theme] ?? '');
}

function lowestContrast(all: PaletteTokens, block: PaletteBlock, theme: (typeof THEMES)[number]) {
  const backgrounds = [all.bg?.[theme] ?? '', all.surface?.[theme] ?? ''];
  return Math.min(...sides(block, theme).flatMap((c) => backgrounds.map((bg) => contrastRatio(c, bg))));
}

function closestPair(block: PaletteBlock, theme: (typeof THEMES)[number]) {
  const labs = sides(block, theme).map(hexToLab);
  let closest = { first: -1, second: -1, deltaE: Infinity };
  labs.forEach((first, i) =>
    labs.slice(i + 1).forEach((second, offset) => {
      const deltaE = ciede2000(first, second);
      if (deltaE < closest.deltaE) closest = { first: i, second: i + 1 + offset, deltaE };
    }),
  );
  return closest;
}

describe('palette colours in globals.css', () => {
  it('finds both backgrounds and the default and three other palettes, each colour with both sides', () => {
    expect(tokens.bg).toBeDefined();
    expect(tokens.surface).toBeDefined();
    expect(tokens.palettes.length).toBeGreaterThanOrEqual(4);
    expect(tokens.palettes[0]?.selector).toBe(':root');
    for (const block of tokens.palettes)
      for (const colour of block.colours) expect(colour, block.selector).toBeDefined();
  });

  for (const block of tokens.palettes) {
    for (const theme of THEMES) {
      // The measured figures are in the test names, so a run reports them (issue 15 asks for them).
      const lowest = lowestContrast(tokens, block, theme);
      const { first, second, deltaE } = closestPair(block, theme);
      it(`keeps ${MIN_CONTRAST}:1 against the ${theme} page and card backgrounds: ${block.selector} (lowest ${lowest.toFixed(2)}:1)`, () => {
        expect(lowest).toBeGreaterThanOrEqual(MIN_CONTRAST);
      });

      it(`keeps every pair ΔE00 ≥ ${MIN_DELTA_E} in ${theme} mode: ${block.selector} (closest ${deltaE.toFixed(1)}, --palette-${first} and --palette-${second})`, () => {
        expect(deltaE, `--palette-${first} vs --palette-${second}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }
  }
});
