/** A design token's two sides, as written in `light-dark(<light>, <dark>)`. */
export interface ThemedColour {
  light: string;
  dark: string;
}

export interface PaletteBlock {
  /** The rule's selector: `:root` for the default palette, `:root[data-palette='…']` for others. */
  selector: string;
  /** `--palette-0` … `--palette-9`, undefined where the block does not define one. */
  colours: (ThemedColour | undefined)[];
}

export interface PaletteTokens {
  bg: ThemedColour | undefined;
  surface: ThemedColour | undefined;
  palettes: PaletteBlock[];
}

function themed(declarations: string, name: string): ThemedColour | undefined {
  const match = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\);`, 'i').exec(
    declarations,
  );
  return match ? { light: match[1] ?? '', dark: match[2] ?? '' } : undefined;
}

/**
 * Reads the backgrounds and the entity palettes from the stylesheet's text (decision 0404: every
 * colour token is written once as light-dark()), so the palette specs check the real tokens.
 */
export function readPaletteTokens(stylesheet: string): PaletteTokens {
  const css = stylesheet.replace(/\/\*[\s\S]*?\*\//g, '');
  const root = [...css.matchAll(/(?:^|\})\s*:root\s*\{([^{}]*)\}/g)][0]?.[1] ?? '';
  const palettes = [...css.matchAll(/([^{}]+)\{([^{}]*--palette-\d:[^{}]*)\}/g)].map((match) => ({
    selector: (match[1] ?? '').trim(),
    colours: Array.from({ length: 10 }, (_, index) => themed(match[2] ?? '', `--palette-${index}`)),
  }));
  return { bg: themed(root, '--bg'), surface: themed(root, '--surface'), palettes };
}
