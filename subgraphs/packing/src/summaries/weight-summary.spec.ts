import { describe, expect, it } from 'vitest';
import { basisPoints, priceTotals, summariseWeights, type ContentLine } from './weight-summary.js';

const item = (weightMg: number, categoryId: string | null = null, price?: [number, string]) => ({
  weightMg,
  categoryId,
  priceMinor: price?.[0] ?? null,
  currency: price?.[1] ?? null,
});

describe('summariseWeights', () => {
  it('counts every worn unit as worn, not just one (LighterPack counts one)', () => {
    const socks: ContentLine = { item: item(50_000), quantity: 3, wornQuantity: 2, consumable: false };
    expect(summariseWeights([socks])).toMatchObject({
      totalMg: 150_000,
      wornMg: 100_000,
      baseMg: 50_000,
      consumableMg: 0,
      itemCount: 3,
    });
  });

  it('splits consumables from base and keeps total = base + worn + consumable', () => {
    const lines: ContentLine[] = [
      { item: item(1_200_000, 'shelter'), quantity: 1, wornQuantity: 0, consumable: false },
      { item: item(100_000, 'food'), quantity: 10, wornQuantity: 0, consumable: true },
      { item: item(300_000, 'clothing'), quantity: 2, wornQuantity: 1, consumable: false },
    ];
    const figures = summariseWeights(lines);
    expect(figures).toMatchObject({
      totalMg: 2_800_000,
      consumableMg: 1_000_000,
      wornMg: 300_000,
      baseMg: 1_500_000,
    });
    expect(figures.baseMg + figures.wornMg + figures.consumableMg).toBe(figures.totalMg);
    expect(figures.byCategory).toEqual([
      { categoryId: 'shelter', totalMg: 1_200_000, shareBasisPoints: 4286, itemCount: 1 },
      { categoryId: 'food', totalMg: 1_000_000, shareBasisPoints: 3571, itemCount: 10 },
      { categoryId: 'clothing', totalMg: 600_000, shareBasisPoints: 2143, itemCount: 2 },
    ]);
  });

  it('stays exact beyond 2^31 mg', () => {
    const anvils: ContentLine = { item: item(99_999_999), quantity: 999, wornQuantity: 0, consumable: false };
    expect(summariseWeights([anvils, anvils]).totalMg).toBe(2 * 99_999_999 * 999);
  });

  it('gives an empty list zero everywhere', () => {
    expect(summariseWeights([])).toEqual({
      totalMg: 0,
      baseMg: 0,
      wornMg: 0,
      consumableMg: 0,
      itemCount: 0,
      byCategory: [],
    });
  });
});

describe('basisPoints', () => {
  it('rounds half up and handles a zero total', () => {
    expect(basisPoints(1, 20_000)).toBe(1);
    expect(basisPoints(1, 20_001)).toBe(0);
    expect(basisPoints(5, 5)).toBe(10_000);
    expect(basisPoints(0, 0)).toBe(0);
    expect(basisPoints(2 ** 52, 2 ** 52 + 1)).toBe(10_000);
  });
});

describe('priceTotals', () => {
  it('sums quantity × unit price per currency and skips unpriced items', () => {
    const lines: ContentLine[] = [
      { item: item(1, null, [4999, 'USD']), quantity: 2, wornQuantity: 0, consumable: false },
      { item: item(1, null, [1000, 'EUR']), quantity: 1, wornQuantity: 1, consumable: false },
      { item: item(1), quantity: 5, wornQuantity: 0, consumable: false },
    ];
    expect(priceTotals(lines)).toEqual([
      { amountMinor: 1000, currency: 'EUR' },
      { amountMinor: 9998, currency: 'USD' },
    ]);
  });
});
