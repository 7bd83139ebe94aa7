import { describe, expect, it } from 'vitest';
import { samplePack } from './sample-pack.js';

describe('samplePack', () => {
  it('groups the sample pack by category with hand-computed figures', () => {
    const pack = samplePack();
    expect(pack.name).toBe('Weekend overnighter');
    expect(pack.categories.map((category) => [category.name, category.totalMg, category.itemCount])).toEqual([
      ['Shelter', 868_000, 7], // tent 820 g + 6 stakes × 8 g
      ['Sleep system', 1_047_000, 3], // 620 + 370 + 57
      ['Kitchen & water', 546_000, 7], // 73 + 103 + 195 + 18 + 85 + 2 × 36
      ['Clothing', 620_000, 3], // 200 + 250 + 170
      ['Essentials', 176_000, 2], // 56 + 120
    ]);
    expect(pack.totalMg).toBe(3_257_000);
    expect(pack.wornMg).toBe(170_000); // the base layer
    expect(pack.consumableMg).toBe(195_000); // the gas canister
    expect(pack.baseMg).toBe(2_892_000);
    expect(pack.itemCount).toBe(22);
    // 1 047 / 3 257 = 32.146 % → 3 215 basis points (half up).
    expect(pack.categories[1]?.shareBasisPoints).toBe(3_215);
    expect(pack.categories.reduce((total, category) => total + category.shareBasisPoints, 0)).toBe(10_000);
  });

  it('keeps every line with its own quantity, worn units and consumable flag', () => {
    const kitchen = samplePack().categories.find((category) => category.key === 'kitchen');
    expect(kitchen?.lines.find((line) => line.key === 'bottle')).toMatchObject({
      quantity: 2,
      weightMg: 36_000,
    });
    expect(kitchen?.lines.find((line) => line.key === 'gas')).toMatchObject({ consumable: true });
  });
});
