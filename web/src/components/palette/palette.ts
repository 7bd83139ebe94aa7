/**
 * The ten entity colours (categories, lists). Index = `colorIndex` in the API. Each is a CSS variable
 * (`--palette-0` … `--palette-9`) with a light and a dark value in globals.css, so both themes keep
 * the swatches distinguishable against their background.
 */
export const PALETTE_SIZE = 10;

export const PALETTE_NAMES = [
  'Blue',
  'Orange',
  'Green',
  'Red',
  'Purple',
  'Brown',
  'Pink',
  'Grey',
  'Olive',
  'Teal',
] as const;

/** A colour index from the API, folded into the palette (categories beyond ten cycle). */
export function paletteIndex(colorIndex: number | null | undefined): number {
  const index = colorIndex ?? 7;
  return ((index % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE;
}

/**
 * Sets `data-palette` on `<html>` for the user's palette (`palette.name`); globals.css holds each
 * palette's colours for both themes. The default palette removes the attribute.
 */
export function applyPalette(name: string): void {
  if (name === 'DEFAULT') delete document.documentElement.dataset['palette'];
  else document.documentElement.dataset['palette'] = name.toLowerCase();
}

export function paletteVar(colorIndex: number | null | undefined): string {
  return `var(--palette-${paletteIndex(colorIndex)})`;
}
