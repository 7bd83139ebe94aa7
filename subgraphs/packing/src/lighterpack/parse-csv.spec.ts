import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

const cells = (text: string) => parseCsv(text).map((record) => record.cells);

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = 'Item Name,desc\r\n"Tent, 2p","says ""hi""\nthere"\nStove,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['Item Name', 'desc'] },
      { line: 2, cells: ['Tent, 2p', 'says "hi"\nthere'] },
      { line: 4, cells: ['Stove', ''] },
    ]);
  });

  it('reads a field with quotes but no comma literally, as LighterPack writes it', () => {
    expect(cells('MSR "Groundhog" stake,2\n"Big Agnes" pad,1\nsay "hi",3\n')).toEqual([
      ['MSR "Groundhog" stake', '2'],
      ['"Big Agnes" pad', '1'],
      ['say "hi"', '3'],
    ]);
  });

  it('reads an unterminated quote raw to the end of its line instead of swallowing the file', () => {
    expect(parseCsv('a,"b\nc,d\n')).toEqual([
      { line: 1, cells: ['a', '"b'] },
      { line: 2, cells: ['c', 'd'] },
    ]);
  });

  it('drops blank lines but keeps empty fields, and reads a last line without a line end', () => {
    expect(parseCsv('a,,c\n\n\r\nd,e')).toEqual([
      { line: 1, cells: ['a', '', 'c'] },
      { line: 4, cells: ['d', 'e'] },
    ]);
    expect(cells('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('keeps a last line without a line end whose last field is empty (a row of LighterPack flags)', () => {
    expect(parseCsv('h1,h2,h3\nTent,,')).toEqual([
      { line: 1, cells: ['h1', 'h2', 'h3'] },
      { line: 2, cells: ['Tent', '', ''] },
    ]);
    expect(cells('a,')).toEqual([['a', '']]);
  });
});
