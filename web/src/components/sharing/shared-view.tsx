import { CategorySwatch } from '@/components/palette/category-swatch';
import { graphql } from '@/gql';
import { WeightSummary, type WeightSummaryValues } from '@/components/weights/weight-summary';
import { formatWeight } from '@/lib/weight/convert-weight';
import type { WeightDisplay } from '@/lib/weight/weight-display';

/** What the shared page shows of a list or pack (the same for both); the page reads it with readFragment. */
export const SharedViewEntryFragment = graphql(`
  fragment SharedViewEntry on SharedEntry {
    name
    weightMg
    quantity
    wornQuantity
    consumable
    category {
      name
      colorIndex
    }
  }
`);

export const SharedViewTotalsFragment = graphql(`
  fragment SharedViewTotals on SharedWeightSummary {
    totalMg
    baseMg
    wornMg
    consumableMg
    itemCount
  }
`);

export interface SharedViewEntry {
  name: string;
  weightMg: number;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
  category?: { name: string; colorIndex: number } | null;
}

export interface SharedViewProps {
  kind: 'list' | 'pack';
  name: string;
  description?: string | null;
  entries: readonly SharedViewEntry[];
  summary: WeightSummaryValues;
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
}

/** The public, read-only page of a shared list or pack. Presentational. */
export function SharedView({ kind, name, description, entries, summary, weight }: SharedViewProps) {
  return (
    <article className="stack">
      <p className="muted">A shared {kind} · read only</p>
      <h1 className="truncate">{name}</h1>
      {description ? <p>{description}</p> : null}
      <WeightSummary summary={summary} weight={weight} />
      {entries.length === 0 ? (
        <p className="muted">Nothing in this {kind} yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="gear-table">
            <caption className="visually-hidden">Contents</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Category</th>
                <th scope="col">Qty</th>
                <th scope="col" className="numeric">
                  Weight
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.name}-${index}`}>
                  <th scope="row" className="truncate-cell">
                    {entry.name}
                    {entry.wornQuantity > 0 ? <span className="badge">worn</span> : null}
                    {entry.consumable ? <span className="badge">consumable</span> : null}
                  </th>
                  <td>
                    <CategorySwatch name={entry.category?.name} colorIndex={entry.category?.colorIndex} />
                  </td>
                  <td>{entry.quantity}</td>
                  <td className="numeric">{formatWeight(entry.weightMg * entry.quantity, weight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
