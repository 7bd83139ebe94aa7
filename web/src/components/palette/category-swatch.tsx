import { PALETTE_NAMES, paletteIndex, paletteVar } from './palette';

export interface CategorySwatchProps {
  name: string | undefined;
  colorIndex: number | null | undefined;
}

/** A coloured dot and the category's name ("Uncategorised" without one). Presentational. */
export function CategorySwatch({ name, colorIndex }: CategorySwatchProps) {
  return (
    <span className="swatch-label">
      <span
        className="swatch"
        style={{ background: paletteVar(colorIndex) }}
        aria-hidden="true"
        title={PALETTE_NAMES[paletteIndex(colorIndex)]}
      />
      <span className="truncate">{name ?? 'Uncategorised'}</span>
    </span>
  );
}
