import { describe, expect, it } from 'vitest';
import { groupByCategory } from './category-groups.js';
import type { ContentLine } from './weight-summary.js';

const line = (
  name: string,
  weightMg: number,
  categoryId: string | null,
  quantity = 1,
  extra: Partial<ContentLine> & { price?: [number, string] } = {},
): ContentLine & { name: string } => ({
  name,
  item: {
    weightMg,
    categoryId,
    priceMinor: extra.price?.[0] ?? null,
    currency: extra.price?.[1] ?? null,
  },
  quantity,
  wornQuantity: extra.wornQuantity ?? 0,
  consumable: extra.consumable ?? false,
});

// Hand-computed: shelter 1 200 000; kitchen 2 × 85 000 + 3 × 100 000 (consumable) = 470 000;
// clothing 2 × 150 000, one worn = 300 000; uncategorised 50 000. Whole: 2 020 000 mg.
const LINES = [
  line('tent', 1_200_000, 'shelter', 1, { price: [34_900, 'USD'] }),
  line('pot', 85_000, 'kitchen', 2, { price: [2_500, 'USD'] }),
  line('socks', 150_000, 'clothing', 2, { wornQuantity: 1, price: [1_800, 'EUR'] }),
  line('food', 100_000, 'kitchen', 3, { consumable: true }),
  line('mystery', 50_000, null),
];

describe('groupByCategory', () => {
  it('groups by category heaviest first by default, with exact subtotals and shares of the whole', () => {
    const groups = groupByCategory(LINES, []);
    expect(groups.map((group) => group.categoryId)).toEqual(['shelter', 'kitchen', 'clothing', null]);
    expect(groups[1]?.lines.map((l) => (l as { name: string }).name)).toEqual(['pot', 'food']);
    expect(groups[1]?.subtotal).toEqual({
      totalMg: 470_000,
      baseMg: 170_000,
      wornMg: 0,
      consumableMg: 300_000,
      itemCount: 5,
      shareBasisPoints: 2327, // 470 000 / 2 020 000 = 23.267 %
      priceTotals: [{ amountMinor: 5_000, currency: 'USD' }],
    });
    expect(groups[2]?.subtotal).toMatchObject({ totalMg: 300_000, wornMg: 150_000, baseMg: 150_000 });
    expect(groups[2]?.subtotal.priceTotals).toEqual([{ amountMinor: 3_600, currency: 'EUR' }]);
    expect(groups.reduce((sum, group) => sum + group.subtotal.totalMg, 0)).toBe(2_020_000);
  });

  it('puts the kept order first, skips kept ids without lines, then the rest heaviest first', () => {
    const groups = groupByCategory(LINES, ['clothing', 'gone', 'kitchen']);
    expect(groups.map((group) => group.categoryId)).toEqual(['clothing', 'kitchen', 'shelter', null]);
  });

  it('gives nothing for no lines', () => {
    expect(groupByCategory([], ['shelter'])).toEqual([]);
  });
});
