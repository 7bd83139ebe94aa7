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

/** Where the last applied palette is remembered so the next page load paints in it at once. */
export const PALETTE_STORAGE_KEY = 'pyb.palette';

/**
 * Sets `data-palette` on `<html>` for the user's palette (`palette.name`); globals.css holds each
 * palette's colours for both themes. The default palette removes the attribute. Remembered for the
 * next load, like the theme.
 */
export function applyPalette(name: string): void {
  if (name === 'DEFAULT') delete document.documentElement.dataset['palette'];
  else document.documentElement.dataset['palette'] = name.toLowerCase();
  try {
    localStorage.setItem(PALETTE_STORAGE_KEY, name.toLowerCase());
  } catch {
    // Storage blocked: the palette still applies to this page.
  }
}

/**
 * Runs in `<head>` before the first paint: applies the remembered palette, so a page rendered on
 * the server with the user's gear (decision 1009) shows its colours at once instead of switching
 * when the preferences query answers.
 */
export const PALETTE_BOOT_SCRIPT = `(function(){try{var p=localStorage.getItem(${JSON.stringify(
  PALETTE_STORAGE_KEY,
)});if(p&&/^[a-z_]+$/.test(p)&&p!=="default")document.documentElement.dataset.palette=p}catch(e){}})()`;

export function paletteVar(colorIndex: number | null | undefined): string {
  return `var(--palette-${paletteIndex(colorIndex)})`;
}
