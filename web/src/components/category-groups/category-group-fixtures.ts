import { LONG_NAME, PALETTE_CATEGORIES } from '@/lib/stories/fixtures';
import type { CategoryGroup, GroupTotals } from './category-group';
import { UNCATEGORISED_KEY } from './category-order';

const row = (
  id: string,
  name: string,
  weightMg: number,
  quantity = 1,
  extra: Partial<CategoryGroup['rows'][number]> = {},
) => ({
  id,
  name,
  quantity,
  wornQuantity: 0,
  consumable: false,
  weightMg,
  totalMg: weightMg * quantity,
  ...extra,
});

/**
 * A three-day list, hand-computed: Shelter 1 200 g ($349.00); Kitchen 2 × 85 g + 3 × 100 g
 * consumable = 470 g ($50.00); Clothing 2 × 150 g, one worn = 300 g (€36.00); a 50 g rock
 * uncategorised. Total 2 020 g: base 1 570 g, worn 150 g, consumable 300 g.
 */
export const THREE_DAY_GROUPS: CategoryGroup[] = [
  {
    key: 'shelter',
    category: { id: 'shelter', name: 'Shelter', colorIndex: 0 },
    rows: [row('tent', 'Tent', 1_200_000, 1, { price: { amountMinor: 34_900, currency: 'USD' } })],
    subtotal: {
      totalMg: 1_200_000,
      itemCount: 1,
      shareBasisPoints: 5941,
      priceTotals: [{ amountMinor: 34_900, currency: 'USD' }],
    },
  },
  {
    key: 'kitchen',
    category: { id: 'kitchen', name: 'Kitchen', colorIndex: 1 },
    rows: [
      row('pot', 'Pot', 85_000, 2, { price: { amountMinor: 2_500, currency: 'USD' } }),
      row('food', 'Food', 100_000, 3, { consumable: true }),
    ],
    subtotal: {
      totalMg: 470_000,
      itemCount: 5,
      shareBasisPoints: 2327,
      priceTotals: [{ amountMinor: 5_000, currency: 'USD' }],
    },
  },
  {
    key: 'clothing',
    category: { id: 'clothing', name: 'Clothing', colorIndex: 2 },
    rows: [
      row('socks', 'Socks', 150_000, 2, { wornQuantity: 1, price: { amountMinor: 1_800, currency: 'EUR' } }),
    ],
    subtotal: {
      totalMg: 300_000,
      itemCount: 2,
      shareBasisPoints: 1485,
      priceTotals: [{ amountMinor: 3_600, currency: 'EUR' }],
    },
  },
  {
    key: UNCATEGORISED_KEY,
    category: null,
    rows: [row('rock', 'Rock', 50_000)],
    subtotal: { totalMg: 50_000, itemCount: 1, shareBasisPoints: 248, priceTotals: [] },
  },
];

export const THREE_DAY_TOTALS: GroupTotals = {
  baseMg: 1_570_000,
  wornMg: 150_000,
  consumableMg: 300_000,
  totalMg: 2_020_000,
  itemCount: 9,
  priceTotals: [
    { amountMinor: 3_600, currency: 'EUR' },
    { amountMinor: 39_900, currency: 'USD' },
  ],
};

/** One group per palette colour, each 100 g. */
export const PALETTE_GROUPS: CategoryGroup[] = PALETTE_CATEGORIES.map((category, index) => ({
  key: category.id,
  category,
  rows: [row(`i${index}`, `Item ${index}`, 100_000)],
  subtotal: { totalMg: 100_000, itemCount: 1, shareBasisPoints: 1_000, priceTotals: [] },
}));

export const PALETTE_TOTALS: GroupTotals = {
  baseMg: 1_000_000,
  wornMg: 0,
  consumableMg: 0,
  totalMg: 1_000_000,
  itemCount: 10,
  priceTotals: [],
};

/** The heaviest a line can be: 999 units just under 100 kg each. */
const HEAVIEST_MG = 99_999_999 * 999;

/** A long name and a weight no scale reads. */
export const EXTREME_GROUPS: CategoryGroup[] = [
  {
    key: 'long',
    category: { id: 'long', name: LONG_NAME, colorIndex: 23 },
    rows: [row('anvil', LONG_NAME, 99_999_999, 999)],
    subtotal: { totalMg: HEAVIEST_MG, itemCount: 999, shareBasisPoints: 10_000, priceTotals: [] },
  },
];

export const EXTREME_TOTALS: GroupTotals = {
  baseMg: HEAVIEST_MG,
  wornMg: 0,
  consumableMg: 0,
  totalMg: HEAVIEST_MG,
  itemCount: 999,
  priceTotals: [],
};
