import { randomUUID } from 'node:crypto';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { GearList, Prisma } from '../generated/prisma/client.js';
import * as rules from '../validation/input-rules.js';
import type { PreparedImport } from './import-request.js';
import { reusableItems } from './library-items.js';
import { planImport, type PlannedEntry } from './plan-import.js';
import type { ImportRow } from './read-rows.js';

/** Rows written per statement batch; progress is reported after each. */
const CHUNK = 100;

/** Stored as upper case, as the GraphQL enum WeightUnit. */
const upper = (unit: string) => unit.toUpperCase();

export interface ImportWriteHooks {
  /** After each batch, with the rows written so far; throwing rolls the whole import back. */
  progress: (processedRows: number) => Promise<void>;
  /** Last, inside the transaction with the new list; throwing rolls the whole import back. */
  finish: (tx: Prisma.TransactionClient, list: GearList) => Promise<void>;
}

/** No progress to report and nothing to finish: the synchronous import. */
export const NO_HOOKS: ImportWriteHooks = { progress: async () => undefined, finish: async () => undefined };

/**
 * Writes a prepared import in one transaction: categories (matched by name, else created), items (a
 * library item with the same name, category and weight is reused, plan-import.ts) and one list
 * holding an entry per planned line, in batches of CHUNK rows.
 */
export function writeImport(
  database: PackingDatabase,
  ownerId: string,
  { listName, currency, rows }: PreparedImport,
  hooks: ImportWriteHooks,
): Promise<GearList> {
  return database.$transaction(
    async (tx) => {
      const categoryIds = await categoriesFor(tx, ownerId, rows);
      const entries = planImport(rows, await reusableItems(tx, ownerId));
      // The file's categories in its order (LighterPack writes them in the list's order).
      const categoryOrder = [
        ...new Set(rows.flatMap((row) => categoryIds.get(row.category?.toLowerCase() ?? '') ?? [])),
      ];
      const list = await tx.gearList.create({ data: { ownerId, name: listName, categoryOrder } });
      let processedRows = 0;
      for (let start = 0; start < entries.length; start += CHUNK) {
        const chunk = entries
          .slice(start, start + CHUNK)
          .map((entry) => ({ entry, itemId: entry.reusedItemId ?? randomUUID() }));
        await tx.item.createMany({
          data: chunk
            .filter(({ entry }) => entry.reusedItemId === null)
            .map(({ entry, itemId }) => newItem(ownerId, currency, categoryIds, entry, itemId)),
        });
        await tx.listEntry.createMany({
          data: chunk.map(({ entry, itemId }, offset) => ({
            listId: list.id,
            itemId,
            position: start + offset,
            quantity: entry.quantity,
            wornQuantity: entry.wornQuantity,
            consumable: entry.consumable,
          })),
        });
        processedRows += chunk.reduce((sum, { entry }) => sum + entry.rows.length, 0);
        await hooks.progress(processedRows);
      }
      await hooks.finish(tx, list);
      return list;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Category id by lower-cased name: the owner's existing ones, plus new ones round the palette. */
async function categoriesFor(
  tx: Prisma.TransactionClient,
  ownerId: string,
  rows: ImportRow[],
): Promise<Map<string, string>> {
  const existing = await tx.category.findMany({ where: { ownerId } });
  const ids = new Map(existing.map((category) => [category.name.toLowerCase(), category.id]));
  const fresh: { id: string; ownerId: string; name: string; colorIndex: number }[] = [];
  for (const row of rows) {
    const key = row.category?.toLowerCase();
    if (!row.category || !key || ids.has(key)) continue;
    const id = randomUUID();
    ids.set(key, id);
    fresh.push({
      id,
      ownerId,
      name: row.category,
      colorIndex: (existing.length + fresh.length) % rules.PALETTE_SIZE,
    });
  }
  await tx.category.createMany({ data: fresh });
  return ids;
}

/** The new item a planned entry makes, from its first row; the weight keeps the file's unit. */
function newItem(
  ownerId: string,
  currency: string,
  categoryIds: ReadonlyMap<string, string>,
  { row }: PlannedEntry,
  id: string,
): Prisma.ItemCreateManyInput {
  return {
    id,
    ownerId,
    name: row.name,
    description: row.description,
    weightMg: row.weightMg,
    weightUnit: upper(row.unit),
    categoryId: row.category ? (categoryIds.get(row.category.toLowerCase()) ?? null) : null,
    priceMinor: row.priceMinor,
    currency: row.priceMinor === null ? null : currency,
    link: row.link,
  };
}
