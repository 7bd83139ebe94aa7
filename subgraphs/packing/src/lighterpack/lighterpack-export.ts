import type { Category } from '../generated/prisma/client.js';
import type { ItemLine } from '../contents/lines.js';
import { groupByCategory } from '../summaries/category-groups.js';
import { LIGHTERPACK_COLUMNS } from './lighterpack-columns.js';
import { minorDigits } from './read-cells.js';
import { fromMilligrams, FULL_UNIT_NAMES, readWeightUnit } from './weight-units.js';
import { csvText } from './write-csv.js';

function price(minor: number | null, currency: string | null): string {
  if (minor === null || currency === null) return '';
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const scale = 10 ** digits;
  return `${Math.floor(minor / scale)}.${String(minor % scale).padStart(digits, '0')}`;
}

/**
 * A list's or pack's lines in LighterPack's own export format (fixtures/README.md): its header,
 * one row per item grouped by category in the order the grouped view shows (`order`, the list's or
 * pack's kept category order, then the rest heaviest first: groupByCategory), each weight in the item's own unit spelled out (`ounce`),
 * `Worn` / `Consumable`, `\n` line ends. Weights are the shortest decimal that reads back as the
 * exact milligrams. A line with some but not all units worn becomes two rows (worn units, then
 * carried units), since LighterPack's worn column is per row; importing merges them back.
 */
export function toLighterPackCsv(
  lines: readonly ItemLine[],
  categories: ReadonlyMap<string, Category>,
  order: readonly string[],
): string {
  const rows: string[][] = [[...LIGHTERPACK_COLUMNS]];
  for (const line of groupByCategory(lines, order).flatMap((group) => group.lines)) {
    const { item } = line;
    const unit = readWeightUnit(item.weightUnit) ?? 'g';
    const base = (quantity: number, worn: boolean) => [
      item.name,
      item.categoryId ? (categories.get(item.categoryId)?.name ?? '') : '',
      item.description ?? '',
      String(quantity),
      fromMilligrams(item.weightMg, unit),
      FULL_UNIT_NAMES[unit],
      item.link ?? '',
      price(item.priceMinor, item.currency),
      worn ? 'Worn' : '',
      line.consumable ? 'Consumable' : '',
    ];
    if (line.wornQuantity > 0) rows.push(base(line.wornQuantity, true));
    if (line.quantity > line.wornQuantity) rows.push(base(line.quantity - line.wornQuantity, false));
  }
  return csvText(rows);
}
