/** What a summary needs of an item. */
export interface WeighedItem {
  weightMg: number;
  categoryId: string | null;
  priceMinor: number | null;
  currency: string | null;
}

/** One line of a list or pack: `quantity` units of one item, `wornQuantity` of them worn. */
export interface ContentLine<ItemType extends WeighedItem = WeighedItem> {
  item: ItemType;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
}

export interface CategoryWeightFigures {
  categoryId: string | null;
  totalMg: number;
  shareBasisPoints: number;
  itemCount: number;
}

export interface WeightFigures {
  totalMg: number;
  baseMg: number;
  wornMg: number;
  consumableMg: number;
  itemCount: number;
  /** Heaviest category first. */
  byCategory: CategoryWeightFigures[];
}

/**
 * Exact integer totals. Each line: wornQuantity units are worn; the other units are consumable
 * when the line is, else base. So base = total − worn − consumable, always. Numbers stay integers
 * far below 2^53 (lines × 999 × 10^8 mg).
 */
export function summariseWeights(lines: readonly ContentLine[]): WeightFigures {
  let totalMg = 0;
  let wornMg = 0;
  let consumableMg = 0;
  let itemCount = 0;
  const categories = new Map<string | null, { totalMg: number; itemCount: number }>();
  for (const line of lines) {
    const unit = line.item.weightMg;
    const lineTotal = unit * line.quantity;
    const worn = unit * line.wornQuantity;
    totalMg += lineTotal;
    wornMg += worn;
    if (line.consumable) consumableMg += lineTotal - worn;
    itemCount += line.quantity;
    const category = categories.get(line.item.categoryId) ?? { totalMg: 0, itemCount: 0 };
    category.totalMg += lineTotal;
    category.itemCount += line.quantity;
    categories.set(line.item.categoryId, category);
  }
  const byCategory = [...categories.entries()]
    .map(([categoryId, figures]) => ({
      categoryId,
      totalMg: figures.totalMg,
      shareBasisPoints: basisPoints(figures.totalMg, totalMg),
      itemCount: figures.itemCount,
    }))
    .sort((a, b) => b.totalMg - a.totalMg);
  return { totalMg, baseMg: totalMg - wornMg - consumableMg, wornMg, consumableMg, itemCount, byCategory };
}

/** part / whole in basis points, rounded half up, in BigInt so part × 10 000 cannot lose precision. */
export function basisPoints(part: number, whole: number): number {
  if (whole === 0) return 0;
  const scaled = BigInt(part) * 20_000n + BigInt(whole);
  return Number(scaled / (2n * BigInt(whole)));
}

/** Sum of quantity × unit price per currency (items without a price are left out), by currency code. */
export function priceTotals(lines: readonly ContentLine[]): { amountMinor: number; currency: string }[] {
  const totals = new Map<string, number>();
  for (const line of lines) {
    if (line.item.priceMinor === null || line.item.currency === null) continue;
    totals.set(
      line.item.currency,
      (totals.get(line.item.currency) ?? 0) + line.item.priceMinor * line.quantity,
    );
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, amountMinor]) => ({ amountMinor, currency }));
}
