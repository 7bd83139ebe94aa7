import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, MAX_CSV_CHARS, MAX_IMPORT_ROWS, readLighterPackRows } from './read-rows.js';

const HEADER = 'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable';
const where = (csv: string) =>
  readLighterPackRows(csv, 'USD').errors.map(({ row, line, column }) => `${row}/${line}:${column}`);

describe('readLighterPackRows', () => {
  it('reports every bad cell by row, line and column, and keeps the good rows', () => {
    const csv = `${HEADER}\n,Shelter,,0,1,stone,ftp://x,1.9x,maybe,\nOk,,,1,200,kg,,,,\nGood,,,1,1,g,,,,\n`;
    const read = readLighterPackRows(csv, 'USD');
    expect(read.errors.map(({ row, line, column }) => `${row}/${line}:${column}`)).toEqual([
      '1/2:Item Name',
      '1/2:qty',
      '1/2:unit',
      '1/2:url',
      '1/2:price',
      '1/2:worn',
      '2/3:weight',
    ]);
    expect(read.rows.map((row) => row.name)).toEqual(['Good']);
    expect(read.unreadable).toBe(false);
    expect(read.rowCount).toBe(3);
  });

  it('never guesses a unit for a weight', () => {
    expect(where('Item Name,weight,unit\nTent,2,\nNote,,\nZero,0,\n')).toEqual(['1/2:unit']);
  });

  it('reads whole quantities written as decimals, empty as 1, rounds prices to cents', () => {
    const { rows } = readLighterPackRows(
      'Item Name,qty,weight,unit,price\nA,2.0,1,g,19.990000000000002\nB,,1,g,0.125\n',
      'USD',
    );
    expect(rows.map((row) => [row.quantity, row.priceMinor])).toEqual([
      [2, 1_999],
      [1, 13],
    ]);
  });

  it('names a missing required column and a column given twice on the header line', () => {
    expect(where('Item Name,qty\nTent,1\n')).toEqual(['0/1:weight', '0/1:unit']);
    expect(where('Item Name,weight,unit,Weight\nTent,1,g,2\n')).toEqual(['0/1:weight']);
  });

  it('refuses formula cells in text columns, and reads our own guarded cells back', () => {
    const csv = [
      'Item Name,Category,desc,weight,unit',
      '=HYPERLINK("http://x"),,,1,g',
      'Pot,+Kitchen,,1,g',
      'Pot,,-1+2,1,g',
      'Pot,,@SUM(A1),1,g',
      '\t=1+1,,,1,g',
      `'=Sum of parts,,,1,g`,
      'Pot,,Tab\tinside,1,g',
    ].join('\n');
    const read = readLighterPackRows(csv, 'USD');
    expect(read.errors.map(({ row, column }) => `${row}:${column}`)).toEqual([
      '1:Item Name',
      '2:Category',
      '3:desc',
      '4:desc',
      '5:Item Name',
    ]);
    expect(read.rows.map((row) => [row.name, row.description])).toEqual([
      ['=Sum of parts', null],
      ['Pot', 'Tab\tinside'],
    ]);
  });
});

describe('hostile files', () => {
  const unreadable = (csv: string) => {
    const read = readLighterPackRows(csv, 'USD');
    expect(read.unreadable).toBe(true);
    expect(read.rows).toEqual([]);
    return read.errors.map(({ row, line, column }) => `${row}/${line}:${column}`);
  };

  it('names the first line past the row limit', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => `Item ${index},,,1,1,g,,,,`);
    expect(unreadable(`${HEADER}\n${rows.join('\n')}\n`)).toEqual([`0/${MAX_IMPORT_ROWS + 2}:`]);
  });

  it('refuses binary data on the line it is found', () => {
    expect(unreadable(`${HEADER}\nTent,,,1,1,g,,,,\n\u0000\u0001PK\u0003\u0004\n`)).toEqual(['0/3:']);
    expect(unreadable(`${HEADER}\nT\uFFFDnt,,,1,1,g,,,,\n`)).toEqual(['0/2:']);
  });

  it('refuses a file over the size limit, naming the line where it goes over', () => {
    const line = `Tent,,${'x'.repeat(1_000)},1,1,g,,,,\n`;
    const lines = unreadable(`${HEADER}\n${line.repeat(Math.ceil(MAX_CSV_CHARS / line.length) + 1)}`);
    expect(lines).toEqual([`0/${Math.floor(MAX_CSV_CHARS / line.length) + 2}:`]);
  });

  it('refuses a row of 1 000 columns on its line, and a header of 1 000 as the file', () => {
    const wide = Array.from({ length: 1_000 }, () => 'x').join(',');
    expect(where(`${HEADER}\nTent,,,1,1,g,,,,\n${wide}\n`)).toEqual(['2/3:']);
    expect(MAX_COLUMNS).toBeLessThan(1_000);
    expect(unreadable(`${wide}\nTent\n`)).toEqual(['0/1:']);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(unreadable('')).toEqual(['0/1:']);
    expect(unreadable('\uFEFF\n\n')).toEqual(['0/1:']);
    expect(unreadable(`${HEADER}\n`)).toEqual(['0/1:']);
  });
});
