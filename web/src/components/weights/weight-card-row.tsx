import Link from 'next/link';
import { paletteVar } from '@/components/palette/palette';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';

/** What a row of the lists or packs index shows of the totals. */
export const WeightCardSummaryFragment = graphql(`
  fragment WeightCardSummary on WeightSummary {
    totalMg
    itemCount
  }
`);

export interface WeightCardRowProps {
  href: string;
  name: string;
  /** The list's colour; a pack has none. */
  colorIndex?: number | null;
  summary: FragmentType<typeof WeightCardSummaryFragment>;
  weight: WeightDisplay;
}

/** One list or pack in its index: its name (a link), how many items, and what they weigh. */
export function WeightCardRow({ href, name, colorIndex, summary, weight }: WeightCardRowProps) {
  const { itemCount, totalMg } = readFragment(WeightCardSummaryFragment, summary);
  return (
    <li className="card row">
      {colorIndex === undefined ? null : (
        <span className="swatch" style={{ background: paletteVar(colorIndex) }} aria-hidden="true" />
      )}
      <Link href={href} className="truncate">
        {name}
      </Link>
      <span className="muted numeric">
        {itemCount} items · {formatWeight(totalMg, weight)}
      </span>
    </li>
  );
}
