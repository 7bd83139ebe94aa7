import * as rules from '../validation/input-rules.js';
import type { ImportRow } from './read-rows.js';

/** What the plan needs of a library item. */
export interface LibraryItem {
  id: string;
  name: string;
  /** The category's name, or null when uncategorised. */
  categoryName: string | null;
  weightMg: number;
}

/** One entry of the new list: one item, from one or more rows of the file. */
export interface PlannedEntry {
  /** The first row: a new item takes its fields. */
  row: ImportRow;
  /** Every row merged into this entry (the same item twice, e.g. worn units and carried units). */
  rows: number[];
  /** The library item reused, or null for a new item. */
  reusedItemId: string | null;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
}

/** Items are the same when name and category match (any capitalisation) and the weight exactly. */
export function itemKey(name: string, category: string | null, weightMg: number): string {
  return JSON.stringify([name.toLowerCase(), category?.toLowerCase() ?? null, weightMg]);
}

/**
 * Which rows reuse a library item and which make a new one, and how rows merge into list entries
 * (a list holds an item once). `library` is the owner's items not archived, oldest first: the
 * oldest of equal items is reused. Rows for the same item merge (quantities and worn units add up)
 * when their consumable flag agrees and the sum stays within 999; otherwise the row gets a new item.
 */
export function planImport(rows: readonly ImportRow[], library: readonly LibraryItem[]): PlannedEntry[] {
  const existing = new Map<string, string>();
  for (const item of library) {
    const key = itemKey(item.name, item.categoryName, item.weightMg);
    if (!existing.has(key)) existing.set(key, item.id);
  }
  const entries: PlannedEntry[] = [];
  const byKey = new Map<string, PlannedEntry>();
  for (const row of rows) {
    const key = itemKey(row.name, row.category, row.weightMg);
    const worn = row.worn ? row.quantity : 0;
    const earlier = byKey.get(key);
    if (earlier) {
      if (earlier.consumable === row.consumable && earlier.quantity + row.quantity <= rules.MAX_QUANTITY) {
        earlier.quantity += row.quantity;
        earlier.wornQuantity += worn;
        earlier.rows.push(row.row);
      } else {
        entries.push(entryFor(row, null, worn));
      }
      continue;
    }
    const entry = entryFor(row, existing.get(key) ?? null, worn);
    byKey.set(key, entry);
    entries.push(entry);
  }
  return entries;
}

function entryFor(row: ImportRow, reusedItemId: string | null, wornQuantity: number): PlannedEntry {
  return {
    row,
    rows: [row.row],
    reusedItemId,
    quantity: row.quantity,
    wornQuantity,
    consumable: row.consumable,
  };
}
