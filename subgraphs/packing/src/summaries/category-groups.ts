import { basisPoints, priceTotals, summariseWeights, type ContentLine } from './weight-summary.js';

export interface GroupSubtotalFigures {
  totalMg: number;
  baseMg: number;
  wornMg: number;
  consumableMg: number;
  itemCount: number;
  /** Of the whole list's or pack's total. */
  shareBasisPoints: number;
  priceTotals: { amountMinor: number; currency: string }[];
}

export interface CategoryGroupFigures<Line extends ContentLine> {
  categoryId: string | null;
  lines: Line[];
  subtotal: GroupSubtotalFigures;
}

/** The exact figures of some lines, their share taken of `wholeTotalMg`. */
export function subtotalOf(lines: readonly ContentLine[], wholeTotalMg: number): GroupSubtotalFigures {
  const { totalMg, baseMg, wornMg, consumableMg, itemCount } = summariseWeights(lines);
  return {
    totalMg,
    baseMg,
    wornMg,
    consumableMg,
    itemCount,
    shareBasisPoints: basisPoints(totalMg, wholeTotalMg),
    priceTotals: priceTotals(lines),
  };
}

/**
 * Lines grouped by their item's category, each group with its subtotal. Groups follow `order`
 * (category ids the owner kept; ids with no lines are skipped), then the rest heaviest first
 * (uncategorised among them, as `null`); ties keep first-seen order. Lines keep their order.
 */
export function groupByCategory<Line extends ContentLine>(
  lines: readonly Line[],
  order: readonly string[],
): CategoryGroupFigures<Line>[] {
  const wholeTotalMg = summariseWeights(lines).totalMg;
  const byCategory = new Map<string | null, Line[]>();
  for (const line of lines) {
    const group = byCategory.get(line.item.categoryId);
    if (group) group.push(line);
    else byCategory.set(line.item.categoryId, [line]);
  }
  const groups = [...byCategory.entries()].map(([categoryId, group]) => ({
    categoryId,
    lines: group,
    subtotal: subtotalOf(group, wholeTotalMg),
  }));
  const rank = new Map(order.map((id, index) => [id, index]));
  const kept = groups
    .filter((group) => group.categoryId !== null && rank.has(group.categoryId))
    .sort((a, b) => (rank.get(a.categoryId ?? '') ?? 0) - (rank.get(b.categoryId ?? '') ?? 0));
  const rest = groups
    .filter((group) => group.categoryId === null || !rank.has(group.categoryId))
    .sort((a, b) => b.subtotal.totalMg - a.subtotal.totalMg);
  return [...kept, ...rest];
}
