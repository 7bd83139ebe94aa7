import {
  SAMPLE_CATEGORIES,
  SAMPLE_ITEMS,
  SAMPLE_LISTS,
  SAMPLE_PACK,
  type SampleCategoryKey,
  type SampleEntry,
  type SampleItem,
} from './sample-gear.js';

/** One item of the sample pack, as packed: `quantity` units, `wornQuantity` of them worn. */
export interface SamplePackLine {
  key: string;
  name: string;
  /** One unit, in milligrams (the API's unit). */
  weightMg: number;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
}

export interface SamplePackCategory {
  key: SampleCategoryKey;
  name: string;
  colorIndex: number;
  lines: SamplePackLine[];
  totalMg: number;
  /** Share of the pack's total in 1/100 %, rounded half up (as the API computes it). */
  shareBasisPoints: number;
  itemCount: number;
}

export interface SamplePackView {
  name: string;
  description: string;
  /** In the categories' own order; categories with nothing packed are left out. */
  categories: SamplePackCategory[];
  totalMg: number;
  baseMg: number;
  wornMg: number;
  consumableMg: number;
  itemCount: number;
}

/**
 * The sample pack a guest is seeded with, grouped by category with the figures packing's summary
 * gives for it: an item several sources ask for is packed once at the largest quantity
 * (docs/decisions/0802); worn units are worn, the rest of a consumable line is consumable, and base
 * is what is left. Integer milligrams throughout.
 */
export function samplePack(): SamplePackView {
  const items = new Map<string, SampleItem>(SAMPLE_ITEMS.map((item) => [item.key, item]));
  const merged = new Map<string, SampleEntry>();
  const sources: SampleEntry[] = [...SAMPLE_LISTS.flatMap((list) => list.entries), ...SAMPLE_PACK.entries];
  for (const entry of sources) {
    const seen = merged.get(entry.item);
    merged.set(
      entry.item,
      seen
        ? {
            item: entry.item,
            quantity: Math.max(seen.quantity, entry.quantity),
            wornQuantity: Math.max(seen.wornQuantity ?? 0, entry.wornQuantity ?? 0),
            consumable: Boolean(seen.consumable || entry.consumable),
          }
        : entry,
    );
  }
  const lines = [...merged.values()].map((entry) => {
    const item = items.get(entry.item);
    if (!item) throw new Error(`sample entry names an unknown item: ${entry.item}`);
    return {
      category: item.category,
      line: {
        key: item.key,
        name: item.name,
        weightMg: item.grams * 1000,
        quantity: entry.quantity,
        wornQuantity: entry.wornQuantity ?? 0,
        consumable: entry.consumable ?? false,
      },
    };
  });
  const totalMg = sum(lines.map(({ line }) => line.weightMg * line.quantity));
  const wornMg = sum(lines.map(({ line }) => line.weightMg * line.wornQuantity));
  const consumableMg = sum(
    lines.map(({ line }) => (line.consumable ? line.weightMg * (line.quantity - line.wornQuantity) : 0)),
  );
  const categories = SAMPLE_CATEGORIES.map((category) => {
    const own = lines.filter((entry) => entry.category === category.key).map((entry) => entry.line);
    const categoryMg = sum(own.map((line) => line.weightMg * line.quantity));
    return {
      ...category,
      lines: own,
      totalMg: categoryMg,
      shareBasisPoints: basisPoints(categoryMg, totalMg),
      itemCount: sum(own.map((line) => line.quantity)),
    };
  }).filter((category) => category.lines.length > 0);
  return {
    name: SAMPLE_PACK.name,
    description: SAMPLE_PACK.description,
    categories,
    totalMg,
    baseMg: totalMg - wornMg - consumableMg,
    wornMg,
    consumableMg,
    itemCount: sum(lines.map(({ line }) => line.quantity)),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** part / whole in basis points, rounded half up. */
function basisPoints(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 20_000 + whole) / (2 * whole));
}
