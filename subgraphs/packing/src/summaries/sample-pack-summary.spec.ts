import {
  SAMPLE_CATEGORIES,
  SAMPLE_ITEMS,
  SAMPLE_LISTS,
  SAMPLE_PACK,
  samplePack,
  type SampleEntry,
} from '@packyourbag/sample-gear';
import { describe, expect, it } from 'vitest';
import { mergeContents } from '../contents/merge-contents.js';
import { summariseWeights } from './weight-summary.js';

// The web's signed-out home page shows samplePack(); a guest's seeded pack is summarised by packing.
// The two must give the same figures, or the home page promises something "Try it" does not give.
describe('the sample pack summarised by packing', () => {
  it('has the figures the home page shows', () => {
    const sources: SampleEntry[] = [...SAMPLE_LISTS.flatMap((list) => list.entries), ...SAMPLE_PACK.entries];
    const entries = sources.map((entry) => ({
      itemId: entry.item,
      quantity: entry.quantity,
      wornQuantity: entry.wornQuantity ?? 0,
      consumable: entry.consumable ?? false,
    }));
    const lines = mergeContents(entries).map((line) => {
      const item = SAMPLE_ITEMS.find((sample) => sample.key === line.itemId)!;
      return {
        ...line,
        item: { weightMg: item.grams * 1000, categoryId: item.category, priceMinor: null, currency: null },
      };
    });
    const summary = summariseWeights(lines);
    const shown = samplePack();

    expect(shown).toMatchObject({
      totalMg: summary.totalMg,
      baseMg: summary.baseMg,
      wornMg: summary.wornMg,
      consumableMg: summary.consumableMg,
      itemCount: summary.itemCount,
    });
    const byKey = new Map(shown.categories.map((category) => [category.key, category]));
    for (const figures of summary.byCategory) {
      const category = byKey.get(figures.categoryId as (typeof SAMPLE_CATEGORIES)[number]['key']);
      expect(category, String(figures.categoryId)).toMatchObject({
        totalMg: figures.totalMg,
        shareBasisPoints: figures.shareBasisPoints,
        itemCount: figures.itemCount,
      });
    }
    expect(shown.categories).toHaveLength(summary.byCategory.length);
  });
});
