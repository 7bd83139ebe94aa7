import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';
import { readLighterPackRows } from './read-rows.js';
import { csvField, csvText } from './write-csv.js';

describe('csvField', () => {
  it('quotes only when LighterPack would (a comma), or where raw text would break the file', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('MSR "Groundhog"')).toBe('MSR "Groundhog"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x", twice')).toBe('"say ""x"", twice"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('"Big Agnes" pad')).toBe('"""Big Agnes"" pad"');
  });

  it('defuses spreadsheet formulas with a leading quote mark', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    for (const start of ['+', '-', '@', '\t']) expect(csvField(`${start}1`)).toBe(`'${start}1`);
    expect(csvField('\r1')).toBe(`"'\r1"`);
  });

  it('ends every line with \\n and reads back the same cells', () => {
    const rows = [
      ['Item Name', 'weight', 'unit', 'desc'],
      ['"Big Agnes", "pad"', '1', 'pound', 'MSR "Groundhog"'],
      ['=SUM(A1)', '2', 'gram', 'two\nlines'],
    ];
    const text = csvText(rows);
    expect(text.endsWith('"two\nlines"\n')).toBe(true);
    expect(parseCsv(text).map((record) => record.cells)).toEqual([
      rows[0],
      rows[1],
      [`'=SUM(A1)`, '2', 'gram', 'two\nlines'],
    ]);
    // The import reads the guard back off.
    expect(readLighterPackRows(text, 'USD').rows.map((row) => row.name)).toEqual([
      '"Big Agnes", "pad"',
      '=SUM(A1)',
    ]);
  });
});
