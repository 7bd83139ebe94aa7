import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = 'Item Name,desc\r\n"Tent, 2p","says ""hi""\nthere"\nStove,\n';
    expect(parseCsv(text)).toEqual([
      ['Item Name', 'desc'],
      ['Tent, 2p', 'says "hi"\nthere'],
      ['Stove', ''],
    ]);
  });

  it('throws on an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/Unterminated/);
  });
});

describe('csvField', () => {
  it('quotes what needs it and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
