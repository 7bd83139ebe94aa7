/**
 * A LighterPack export as its "Export to CSV" writes it (the rows of packing's import scenario,
 * e2e/packing-lighterpack): a quoted cell with a comma, pounds, ounces, grams and kilograms, worn
 * and consumable marks. For the interaction test and the stories.
 */
export const LIGHTERPACK_EXPORT = [
  'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable',
  'Tent,Shelter,"2p, silnylon",1,2,lb,https://example.com/tent,349.99,,',
  'Socks,Clothing,,2,1.5,oz,,,Worn,',
  'Oats,Food,,4,100,g,,,,Consumable',
  'Pack,,,1,0.9,kg,,,,',
  '',
].join('\r\n');

/** The same export with two cells the API refuses (a weight in words, a unit it does not know). */
export const LIGHTERPACK_EXPORT_WITH_PROBLEMS = [
  'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable',
  'Tent,Shelter,"2p, silnylon",1,2,lb,https://example.com/tent,349.99,,',
  'Stove,Kitchen,,1,heavy,g,,,,',
  'Rock,,,1,1,stone,,,,',
  '',
].join('\r\n');

/** What the API answers for LIGHTERPACK_EXPORT_WITH_PROBLEMS, in `extensions.errors`. */
export const API_ERRORS_FOR_PROBLEMS = [
  { row: 2, column: 'weight', message: 'Weight must be a decimal number under 100 kg per unit.' },
  { row: 3, column: 'unit', message: 'Unit must be oz, lb, g or kg.' },
];
