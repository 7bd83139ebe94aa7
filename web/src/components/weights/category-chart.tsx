import { CategorySwatch } from '@/components/palette/category-swatch';
import { paletteVar } from '@/components/palette/palette';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';

export interface CategoryShare {
  category?: { id: string; name: string; colorIndex: number } | null;
  totalMg: number;
  /** Share of the total in 1/100 %, as the API computes it. */
  shareBasisPoints: number;
}

export interface CategoryChartProps {
  shares: readonly CategoryShare[];
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
}

const RADIUS = 15.9155; // circumference 100, so a share in percent is the dash length
const STROKE = 6;

/**
 * Weight by category as an SVG donut with a legend that carries the same numbers as text, so the
 * chart is not the only way to read them. Presentational.
 */
export function CategoryChart({ shares, weight }: CategoryChartProps) {
  const visible = shares.filter((share) => share.totalMg > 0);
  if (visible.length === 0) return <p className="muted">Add items to see the weight by category.</p>;
  let offset = 0;
  return (
    <figure className="category-chart">
      <svg viewBox="0 0 42 42" width="160" height="160" role="img" aria-label="Weight by category">
        <circle cx="21" cy="21" r={RADIUS} fill="none" stroke="var(--border)" strokeWidth={STROKE} />
        {visible.map((share, index) => {
          const percent = share.shareBasisPoints / 100;
          const segment = (
            <circle
              key={share.category?.id ?? `none-${index}`}
              cx="21"
              cy="21"
              r={RADIUS}
              fill="none"
              stroke={paletteVar(share.category?.colorIndex)}
              strokeWidth={STROKE}
              strokeDasharray={`${percent} ${100 - percent}`}
              strokeDashoffset={25 - offset}
            />
          );
          offset += percent;
          return segment;
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {visible.map((share, index) => (
            <li key={share.category?.id ?? `none-${index}`}>
              <CategorySwatch name={share.category?.name} colorIndex={share.category?.colorIndex} />
              <span className="numeric">
                {formatWeight(share.totalMg, weight)} · {(share.shareBasisPoints / 100).toFixed(1)}%
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
