import { describe, expect, it } from 'vitest';
import { planImport, type LibraryItem } from './plan-import.js';
import { readLighterPackRows } from './read-rows.js';

const rowsOf = (lines: string[]) =>
  readLighterPackRows(`Item Name,Category,qty,weight,unit,worn,consumable\n${lines.join('\n')}\n`, 'USD')
    .rows;

const library: LibraryItem[] = [
  { id: 'tent-1', name: 'Tent', categoryName: 'Shelter', weightMg: 907_185 },
  { id: 'tent-2', name: 'Tent', categoryName: 'Shelter', weightMg: 907_185 },
  { id: 'tent-other', name: 'Tent', categoryName: 'Shelter', weightMg: 900_000 },
  { id: 'socks', name: 'Socks', categoryName: null, weightMg: 50_000 },
];

describe('planImport', () => {
  it('reuses the oldest library item with the same name, category and weight, in any capitalisation', () => {
    const entries = planImport(
      rowsOf([
        'tent,SHELTER,1,2,pound,,',
        'Tent,Sleep,1,2,pound,,',
        'Socks,,2,50,g,,',
        'Socks,Clothing,1,50,g,,',
      ]),
      library,
    );
    expect(entries.map((entry) => entry.reusedItemId)).toEqual(['tent-1', null, 'socks', null]);
  });

  it('merges rows of the same item into one entry: worn units and carried units', () => {
    const entries = planImport(
      rowsOf(['Socks,,2,50,g,Worn,', 'Socks,,1,50,g,,', 'Socks,,3,50,g,,Consumable']),
      [],
    );
    expect(
      entries.map(({ rows, quantity, wornQuantity, consumable }) => ({
        rows,
        quantity,
        wornQuantity,
        consumable,
      })),
    ).toEqual([
      { rows: [1, 2], quantity: 3, wornQuantity: 2, consumable: false },
      { rows: [3], quantity: 3, wornQuantity: 0, consumable: true },
    ]);
  });

  it('does not merge past 999 units', () => {
    const entries = planImport(rowsOf(['Stake,,900,1,g,,', 'Stake,,100,1,g,,']), library);
    expect(entries.map((entry) => entry.quantity)).toEqual([900, 100]);
  });
});
