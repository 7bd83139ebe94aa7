import type { Category } from '../generated/prisma/client.js';
import type { ItemLine } from '../packs/pack-contents.js';
import { csvField } from './parse-csv.js';
import { LIGHTERPACK_COLUMNS, minorDigits } from './read-rows.js';
import { milligramsAsGrams } from './weight-units.js';

function price(minor: number | null, currency: string | null): string {
  if (minor === null || currency === null) return '';
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const scale = 10 ** digits;
  return `${Math.floor(minor / scale)}.${String(minor % scale).padStart(digits, '0')}`;
}

/**
 * LighterPack CSV for a list's or pack's lines, weights in grams (exact to the milligram). A line
 * with some but not all units worn becomes two rows (worn units, then carried units), since
 * LighterPack's worn column is per row; importing the file gives back the same totals.
 */
export function toLighterPackCsv(
  lines: readonly ItemLine[],
  categories: ReadonlyMap<string, Category>,
): string {
  const rows: string[][] = [[...LIGHTERPACK_COLUMNS]];
  for (const line of lines) {
    const { item } = line;
    const base = (quantity: number, worn: boolean) => [
      item.name,
      item.categoryId ? (categories.get(item.categoryId)?.name ?? '') : '',
      item.description ?? '',
      String(quantity),
      milligramsAsGrams(item.weightMg),
      'g',
      item.link ?? '',
      price(item.priceMinor, item.currency),
      worn ? 'Worn' : '',
      line.consumable ? 'Consumable' : '',
    ];
    if (line.wornQuantity > 0) rows.push(base(line.wornQuantity, true));
    if (line.quantity > line.wornQuantity) rows.push(base(line.quantity - line.wornQuantity, false));
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
