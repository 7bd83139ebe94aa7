import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import {
  FIXTURE_SUMMARY,
  IMPORT_LIST,
  lighterPackFixture,
  type ImportedList,
} from '../packing-support/lighterpack-fixtures.js';
import { packingUser } from '../packing-support/packing-user.js';

const classic = lighterPackFixture('lighterpack-classic.csv');

/** Every dialect of the same eight items (subgraphs/packing/fixtures/lighterpack/README.md). */
const FILES: [string, string][] = [
  ["LighterPack's current exporter", lighterPackFixture('lighterpack-2026.csv')],
  ['abbreviations', lighterPackFixture('abbreviations.csv')],
  ['plurals and capitals', lighterPackFixture('plurals-and-capitals.csv')],
  ['flags 1 / x / yes / true', lighterPackFixture('flags.csv')],
  ['reordered and missing columns', lighterPackFixture('reordered-and-missing-columns.csv')],
  ['BOM, CRLF and a trailing blank line', `\uFEFF${classic.replace(/\n/g, '\r\n')}\r\n`],
];

describe('LighterPack variants through the router', () => {
  it.each(FILES)('%s: all eight rows with the hand-computed totals', async (_, csv) => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const { importLighterPackCsv: list } = await user.data<{ importLighterPackCsv: ImportedList }>(
      IMPORT_LIST,
      {
        name: 'Variant',
        csv,
      },
    );
    expect(list.entries.map((entry) => [entry.item.name, entry.quantity, entry.wornQuantity])).toEqual([
      ['Tent', 1, 0],
      ['Stakes, titanium', 1, 0],
      ['MSR "Groundhog" stake', 2, 0],
      ['"Big Agnes" pad', 1, 0],
      ['Fleece', 1, 1],
      ['Trail runners', 1, 1],
      ['Oats', 4, 0],
      ['Water', 1, 0],
    ]);
    expect(list.summary).toEqual(FIXTURE_SUMMARY);
  });
});
