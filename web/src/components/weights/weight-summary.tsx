import { graphql } from '@/gql';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';

/** The totals a list or pack shows here; the page reads them with readFragment. */
export const WeightSummaryTotalsFragment = graphql(`
  fragment WeightSummaryTotals on WeightSummary {
    totalMg
    baseMg
    wornMg
    consumableMg
    itemCount
  }
`);

export interface WeightSummaryValues {
  totalMg: number;
  baseMg: number;
  wornMg: number;
  consumableMg: number;
  itemCount: number;
}

export interface WeightSummaryProps {
  summary: WeightSummaryValues;
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
}

/** Base, worn, consumable and total weight as a definition list. Presentational. */
export function WeightSummary({ summary, weight }: WeightSummaryProps) {
  const rows: [string, number][] = [
    ['Base', summary.baseMg],
    ['Worn', summary.wornMg],
    ['Consumable', summary.consumableMg],
    ['Total', summary.totalMg],
  ];
  return (
    <dl className="weight-summary" aria-label="Weight totals">
      {rows.map(([label, mg]) => (
        <div key={label} className={label === 'Total' ? 'total' : undefined}>
          <dt>{label}</dt>
          <dd data-testid={`weight-${label.toLowerCase()}`}>{formatWeight(mg, weight)}</dd>
        </div>
      ))}
      <div>
        <dt>Items</dt>
        <dd>{summary.itemCount}</dd>
      </div>
    </dl>
  );
}
