import type { Item } from '../generated/prisma/client.js';

/**
 * Every column of `packing.items i` under its Prisma field name, so a raw statement can return whole
 * Item rows (the library page reads its rows and sort keys in one statement, decision 1433).
 * item-columns.spec.ts reads one row both ways and fails when a column is added to the model only.
 */
export const ITEM_COLUMNS = [
  'i.id',
  'i.owner_id AS "ownerId"',
  'i.name',
  'i.description',
  'i.weight_mg AS "weightMg"',
  'i.weight_unit AS "weightUnit"',
  'i.created_at AS "createdAt"',
  'i.updated_at AS "updatedAt"',
  'i.category_id AS "categoryId"',
  'i.price_minor AS "priceMinor"',
  'i.currency',
  'i.link',
  'i.notes',
  'i.archived',
  'i.version',
].join(', ');

/** The Item of a raw row holding ITEM_COLUMNS and other columns (the sort keys). */
export function itemOfRow(row: Record<string, unknown>, extraColumns: readonly string[]): Item {
  const item = { ...row };
  for (const column of extraColumns) delete item[column];
  return item as unknown as Item;
}
