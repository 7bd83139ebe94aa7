import type { CategoryChip } from '@/components/palette/category-chip';
import type { Money } from '@/lib/money/format-money';

/** One row of a group: `quantity` units of an item. */
export interface GroupRow {
  id: string;
  name: string;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
  /** One unit. */
  weightMg: number;
  /** quantity × one unit. */
  totalMg: number;
  /** Price of one unit, when known. */
  price?: Money | null;
}

/** A category's figures, computed by the API (exact milligrams). */
export interface GroupSubtotal {
  totalMg: number;
  itemCount: number;
  /** Of the whole list or pack, in 1/100 %. */
  shareBasisPoints: number;
  priceTotals: readonly Money[];
}

/** One category of a list or pack with its rows and subtotal, in the order the API gives. */
export interface CategoryGroup {
  /** The category id, or UNCATEGORISED_KEY. */
  key: string;
  category: CategoryChip | null;
  rows: readonly GroupRow[];
  subtotal: GroupSubtotal;
}

/** The whole list's or pack's totals. */
export interface GroupTotals {
  baseMg: number;
  wornMg: number;
  consumableMg: number;
  totalMg: number;
  itemCount: number;
  priceTotals: readonly Money[];
}
