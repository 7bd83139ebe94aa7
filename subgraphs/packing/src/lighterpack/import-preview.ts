import type { PlannedEntry } from './plan-import.js';
import type { ImportRow, ReadResult, RowError } from './read-rows.js';

export interface PreviewRow extends ImportRow {
  /** The library item the import reuses, or null when it creates one. */
  reusedItemId: string | null;
  /** The earlier row of the file this row merges with (the same item), else null. */
  sameItemAsRow: number | null;
}

export interface PreviewTotals {
  totalMg: number;
  baseMg: number;
  wornMg: number;
  consumableMg: number;
  itemCount: number;
}

export interface PreviewCategory extends PreviewTotals {
  name: string | null;
  rows: PreviewRow[];
}

export interface ImportPreview {
  readable: boolean;
  rowCount: number;
  goodRowCount: number;
  reusedRowCount: number;
  categories: PreviewCategory[];
  summary: PreviewTotals;
  problems: RowError[];
}

/** Exact totals of rows: a worn row wears all its units; base = total − worn − consumable. */
function totalsOf(rows: readonly ImportRow[]): PreviewTotals {
  const totals: PreviewTotals = { totalMg: 0, baseMg: 0, wornMg: 0, consumableMg: 0, itemCount: 0 };
  for (const row of rows) {
    const mg = row.weightMg * row.quantity;
    totals.totalMg += mg;
    if (row.worn) totals.wornMg += mg;
    else if (row.consumable) totals.consumableMg += mg;
    totals.itemCount += row.quantity;
  }
  totals.baseMg = totals.totalMg - totals.wornMg - totals.consumableMg;
  return totals;
}

/**
 * The preview of an import: the good rows grouped by category (categories in the order they first
 * appear, names matched in any capitalisation), totals, every problem, and what each row reuses.
 */
export function buildPreview(read: ReadResult, entries: readonly PlannedEntry[]): ImportPreview {
  const reuse = new Map<number, { reusedItemId: string | null; sameItemAsRow: number | null }>();
  for (const entry of entries) {
    entry.rows.forEach((row, index) =>
      reuse.set(row, { reusedItemId: entry.reusedItemId, sameItemAsRow: index === 0 ? null : entry.row.row }),
    );
  }
  const groups = new Map<string, PreviewRow[]>();
  for (const row of read.rows) {
    const key = row.category?.toLowerCase() ?? '';
    const previewRow = { ...row, ...(reuse.get(row.row) ?? { reusedItemId: null, sameItemAsRow: null }) };
    groups.set(key, [...(groups.get(key) ?? []), previewRow]);
  }
  return {
    readable: !read.unreadable,
    rowCount: read.rowCount,
    goodRowCount: read.rows.length,
    reusedRowCount: [...reuse.values()].filter((row) => row.reusedItemId !== null).length,
    categories: [...groups.values()].map((rows) => ({
      name: rows[0]?.category ?? null,
      rows,
      ...totalsOf(rows),
    })),
    summary: totalsOf(read.rows),
    problems: read.errors,
  };
}

/** A preview row as the API shows it: its unit as the WeightUnit enum, its price in the file's currency. */
export interface PreviewRowView extends PreviewRow {
  weightUnit: string;
  price: { amountMinor: number; currency: string } | null;
}

/** The preview with each row as the API shows it; `currency` is the one the import would use. */
export function previewView(preview: ImportPreview, currency: string) {
  return {
    ...preview,
    categories: preview.categories.map((category) => ({
      ...category,
      rows: category.rows.map((row): PreviewRowView => ({
        ...row,
        weightUnit: row.unit.toUpperCase(),
        price: row.priceMinor === null ? null : { amountMinor: row.priceMinor, currency },
      })),
    })),
  };
}
