import { describe, expect, it } from 'vitest';
import { readLighterPackRows } from './read-rows.js';

const HEADER = 'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable';

describe('readLighterPackRows', () => {
  it('reads LighterPack rows with exact weights and prices', () => {
    const csv = `${HEADER}\nTent,Shelter,2p,1,1.2,kg,https://example.com/tent,349.99,,\nSocks,Clothing,,3,2,oz,,0,Worn,\nOats,Food,,5,100,g,,,,Consumable\n`;
    const { rows, errors } = readLighterPackRows(csv, 'USD');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        name: 'Tent',
        category: 'Shelter',
        description: '2p',
        quantity: 1,
        weightMg: 1_200_000,
        link: 'https://example.com/tent',
        priceMinor: 34_999,
        worn: false,
        consumable: false,
      },
      expect.objectContaining({ name: 'Socks', quantity: 3, weightMg: 56_699, worn: true, priceMinor: null }),
      expect.objectContaining({ name: 'Oats', quantity: 5, weightMg: 100_000, consumable: true }),
    ]);
  });

  it('reports every bad cell by row and column, and no rows', () => {
    const csv = `${HEADER}\n,Shelter,,0,1,stone,ftp://x,1.999,maybe,\nOk,,,1,200,kg,,,,\n`;
    const { rows, errors } = readLighterPackRows(csv, 'USD');
    expect(rows).toEqual([]);
    expect(errors.map(({ row, column }) => `${row}:${column}`)).toEqual([
      '1:Item Name',
      '1:qty',
      '1:unit',
      '1:url',
      '1:price',
      '1:worn',
      '2:weight',
    ]);
  });

  it('names missing columns on row 0', () => {
    expect(
      readLighterPackRows('Item Name,qty\nTent,1\n', 'USD').errors.map((error) => error.column),
    ).toContain('weight');
  });
});
