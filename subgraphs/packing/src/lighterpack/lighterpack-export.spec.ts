import { describe, expect, it } from 'vitest';
import type { Category, Item } from '../generated/prisma/client.js';
import type { ItemLine } from '../contents/lines.js';
import { toLighterPackCsv } from './lighterpack-export.js';

const category = (id: string, name: string) => ({ id, name }) as Category;
const categories = new Map([
  ['c-shelter', category('c-shelter', 'Shelter, tents')],
  ['c-clothing', category('c-clothing', 'Clothing')],
]);

function line(item: Partial<Item>, quantity = 1, wornQuantity = 0, consumable = false): ItemLine {
  const full = {
    id: item.name ?? 'x',
    description: null,
    categoryId: null,
    priceMinor: null,
    currency: null,
    link: null,
    weightUnit: 'G',
    weightMg: 0,
    ...item,
  } as Item;
  return { item: full, itemId: full.id, quantity, wornQuantity, consumable };
}

describe('toLighterPackCsv', () => {
  it("writes LighterPack's format: header, categories in the list's order, each item's own unit, Worn, Consumable, \\n", () => {
    const csv = toLighterPackCsv(
      [
        line({
          name: 'Tent',
          categoryId: 'c-shelter',
          weightMg: 907_185,
          weightUnit: 'LB',
          priceMinor: 34_999,
          currency: 'USD',
        }),
        line({ name: 'Fleece', categoryId: 'c-clothing', weightMg: 300_000, weightUnit: 'G' }, 1, 1),
        line({ name: 'Oats', weightMg: 100_000, weightUnit: 'KG' }, 4, 0, true),
        line(
          {
            name: 'MSR "Groundhog"',
            categoryId: 'c-shelter',
            weightMg: 13_041,
            weightUnit: 'OZ',
            description: 'y-stake, 6"',
          },
          3,
          1,
        ),
      ],
      categories,
      ['c-clothing'],
    );
    expect(csv).toBe(
      [
        'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable',
        // The kept order first, then the rest heaviest first (the grouped view's order).
        'Fleece,Clothing,,1,300,gram,,,Worn,',
        'Tent,"Shelter, tents",,1,2,pound,,349.99,,',
        'MSR "Groundhog","Shelter, tents","y-stake, 6""",1,0.46,ounce,,,Worn,',
        'MSR "Groundhog","Shelter, tents","y-stake, 6""",2,0.46,ounce,,,,',
        'Oats,,,4,0.1,kilogram,,,,Consumable',
        '',
      ].join('\n'),
    );
  });
});
