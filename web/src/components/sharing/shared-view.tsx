import { graphql } from '@/gql';
import { WeightSummary, type WeightSummaryValues } from '@/components/weights/weight-summary';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import { SharedGroupedGear, type SharedGroup } from './shared-grouped-gear';

/**
 * What the shared page shows of a list or pack (the same for both), read with readFragment: its
 * gear by category in the owner's order with the API's subtotals (no ids, no prices), and totals.
 */
export const SharedViewGroupFragment = graphql(`
  fragment SharedViewGroup on SharedCategoryGroup {
    category {
      name
      colorIndex
    }
    entries {
      name
      weightMg
      quantity
      wornQuantity
      consumable
    }
    subtotal {
      totalMg
      itemCount
      shareBasisPoints
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

export interface SharedViewProps {
  kind: 'list' | 'pack';
  name: string;
  description?: string | null;
  /** The gear by category, in the owner's order, with the API's subtotals. */
  categoryGroups: readonly SharedGroup[];
  summary: WeightSummaryValues;
  /** How weights are shown: the user's unit, pounds and ounces, locale. */
  weight: WeightDisplay;
}

/** The public, read-only page of a shared list or pack, grouped like the owner's page. Presentational. */
export function SharedView({ kind, name, description, categoryGroups, summary, weight }: SharedViewProps) {
  return (
    <article className="stack">
      <p className="muted">A shared {kind} · read only</p>
      <h1 className="truncate" title={name}>
        {name}
      </h1>
      {description ? <p>{description}</p> : null}
      <WeightSummary summary={summary} weight={weight} />
      {categoryGroups.length === 0 ? (
        <p className="muted">Nothing in this {kind} yet.</p>
      ) : (
        <SharedGroupedGear
          scope={`shared-${kind}:${name}`}
          groups={categoryGroups}
          summary={summary}
          weight={weight}
        />
      )}
    </article>
  );
}
