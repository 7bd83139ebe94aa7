import type { Item, Trip } from '../generated/prisma/client.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';
import { packLines } from '../contents/lines.js';

export interface ChecklistLineRecord {
  item: Item;
  quantity: number;
  checked: boolean;
  checkedAt: Date | null;
  totalMg: number;
}

/** The trip's pack contents (one line per item), each marked with its check if there is one. */
export async function checklistOf(loaders: PackingLoaders, trip: Trip): Promise<ChecklistLineRecord[]> {
  if (!trip.packId) return [];
  const [lines, checks] = await Promise.all([
    packLines(loaders, trip.packId),
    loaders.checksByTrip.load(trip.id),
  ]);
  const checkedAt = new Map(checks.map((check) => [check.itemId, check.checkedAt]));
  return lines.map((line) => ({
    item: line.item,
    quantity: line.quantity,
    checked: checkedAt.has(line.itemId),
    checkedAt: checkedAt.get(line.itemId) ?? null,
    totalMg: line.item.weightMg * line.quantity,
  }));
}

/** Lines and weight packed so far, over the current checklist only. */
export function progressOf(lines: readonly ChecklistLineRecord[]) {
  const checked = lines.filter((line) => line.checked);
  const sum = (rows: readonly ChecklistLineRecord[]) => rows.reduce((total, line) => total + line.totalMg, 0);
  return {
    checkedItems: checked.length,
    totalItems: lines.length,
    checkedMg: sum(checked),
    totalMg: sum(lines),
  };
}
