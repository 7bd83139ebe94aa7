'use client';

import type { CategoryGroup } from '@/components/category-groups/category-group';
import { GroupedGear } from '@/components/category-groups/grouped-gear';
import { useCollapsedCategories } from '@/components/category-groups/use-collapsed-categories';
import type { WeightSummaryValues } from '@/components/weights/weight-summary';
import type { WeightDisplay } from '@/lib/weight/weight-display';

/** A category group of a shared list or pack as the API gives it: no ids, no prices. */
export interface SharedGroup {
  category?: { name: string; colorIndex: number } | null;
  entries: readonly {
    name: string;
    weightMg: number;
    quantity: number;
    wornQuantity: number;
    consumable: boolean;
  }[];
  subtotal: { totalMg: number; itemCount: number; shareBasisPoints: number };
}

export interface SharedGroupedGearProps {
  /** Where this browser remembers the folds (the list's or pack's kind and name). */
  scope: string;
  groups: readonly SharedGroup[];
  summary: WeightSummaryValues;
  weight: WeightDisplay;
}

/** A shared group as the grouped view draws it; a category's name is its key (unique per owner). */
function toCategoryGroup(group: SharedGroup, index: number): CategoryGroup {
  const key = group.category ? `shared:${group.category.name}` : `shared:none:${index}`;
  return {
    key,
    category: group.category ? { id: key, ...group.category } : null,
    rows: group.entries.map((entry, row) => ({
      id: `${key}:${row}`,
      name: entry.name,
      quantity: entry.quantity,
      wornQuantity: entry.wornQuantity,
      consumable: entry.consumable,
      weightMg: entry.weightMg,
      totalMg: entry.weightMg * entry.quantity,
    })),
    subtotal: { ...group.subtotal, priceTotals: [] },
  };
}

/**
 * The shared list's or pack's gear grouped by category with subtotals and the chart, like the
 * owner's page: read only (no reordering, no price column); folds remembered in this browser.
 */
export function SharedGroupedGear({ scope, groups, summary, weight }: SharedGroupedGearProps) {
  const [collapsed, toggle] = useCollapsedCategories(scope);
  return (
    <GroupedGear
      groups={groups.map(toCategoryGroup)}
      totals={{ ...summary, priceTotals: [] }}
      weight={weight}
      collapsed={collapsed}
      onToggle={toggle}
      prices={false}
    />
  );
}
