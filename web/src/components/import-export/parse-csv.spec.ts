import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('Item Name,qty\r\n"Tent, 2p","1"\r\n"Say ""hi""",2\n')).toEqual([
      ['Item Name', 'qty'],
      ['Tent, 2p', '1'],
      ['Say "hi"', '2'],
    ]);
  });

  it('drops blank lines and keeps a last line without a newline', () => {
    expect(parseCsv('a,b\n\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
