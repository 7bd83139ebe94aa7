/** An entry of a list or a pack's own entry: how many units of which item. */
export interface SourceEntry {
  itemId: string;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
}

export interface MergedLine {
  itemId: string;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
}

/**
 * A pack's contents: one line per library item, in first-seen order. A library item is one
 * physical thing, so an item that several lists (or a list and the pack's extras) ask for is packed
 * once, with the largest quantity and the largest worn quantity any of them asks for, and is
 * consumable when any of them says so. To carry two, set quantity 2 (docs/decisions/0802).
 */
export function mergeContents(entries: readonly SourceEntry[]): MergedLine[] {
  const lines = new Map<string, MergedLine>();
  for (const entry of entries) {
    const line = lines.get(entry.itemId);
    if (!line) {
      lines.set(entry.itemId, { ...entry });
      continue;
    }
    line.quantity = Math.max(line.quantity, entry.quantity);
    line.wornQuantity = Math.max(line.wornQuantity, entry.wornQuantity);
    line.consumable ||= entry.consumable;
  }
  return [...lines.values()];
}
