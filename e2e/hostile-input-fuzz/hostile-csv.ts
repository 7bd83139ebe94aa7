// Hostile LighterPack CSV for the import mutations: the real header or not, hostile cells, many rows.
import fc from 'fast-check';
import { LIGHTERPACK_HEADER } from '../packing-support/lighterpack-fixtures.js';
import { anyText, hostileText, plainText } from './hostile-text.js';

const csvCell = fc.oneof(
  { arbitrary: plainText, weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 5000 }).map(String), weight: 2 },
  {
    arbitrary: fc.constantFrom('g', 'kg', 'oz', 'lb', 'Worn', 'Consumable', '', '"', '""', '1e999', 'NaN'),
    weight: 2,
  },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: hostileText.map((text) => `"${text.replaceAll('"', '""')}"`), weight: 1 },
);

/** LighterPack CSV: the real header (or not) and rows of hostile cells, sometimes very many rows. */
export const anyCsv = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(LIGHTERPACK_HEADER, LIGHTERPACK_HEADER.toUpperCase(), 'a,b', ''),
        fc.array(fc.array(csvCell, { minLength: 0, maxLength: 12 }), { minLength: 0, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([header, rows, newline]) => [header, ...rows.map((row) => row.join(','))].join(newline)),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.array(csvCell, { minLength: 10, maxLength: 10 }), fc.integer({ min: 100, max: 6_000 }))
      .map(([row, count]) => `${LIGHTERPACK_HEADER}\n${`${row.join(',')}\n`.repeat(count)}`),
    weight: 1,
  },
  { arbitrary: anyText, weight: 1 },
);
