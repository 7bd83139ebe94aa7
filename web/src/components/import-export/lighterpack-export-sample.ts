import type { ImportPreviewData } from './import-preview';

/**
 * A file exactly as LighterPack's "Export to CSV" writes it (its classic exporter: quotes only
 * around commas, `undefined` for missing values, full unit names; see
 * subgraphs/packing/fixtures/lighterpack/README.md). For the interaction tests and the stories.
 */
export const LIGHTERPACK_EXPORT = [
  'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable',
  'Tent,Shelter,undefined,1,2,pound,undefined,349.99,,',
  'MSR "Groundhog" stake,Shelter,undefined,2,0.46,ounce,undefined,undefined,,',
  'Fleece,Clothing,"warm, light",1,300,gram,undefined,0,Worn,',
  'Oats,Food,undefined,4,100,gram,undefined,0,,Consumable',
  'Rock,Food,undefined,1,250,kilogram,undefined,0,,',
  '',
].join('\n');

/** What the API's preview answers for LIGHTERPACK_EXPORT when the tent is already in the library. */
export const PREVIEW_OF_EXPORT: ImportPreviewData = {
  readable: true,
  rowCount: 5,
  goodRowCount: 4,
  reusedRowCount: 1,
  summary: { totalMg: 1_633_267, baseMg: 933_267, wornMg: 300_000, consumableMg: 400_000, itemCount: 8 },
  categories: [
    {
      name: 'Shelter',
      totalMg: 933_267,
      baseMg: 933_267,
      wornMg: 0,
      consumableMg: 0,
      itemCount: 3,
      rows: [
        {
          row: 1,
          line: 2,
          name: 'Tent',
          quantity: 1,
          weightMg: 907_185,
          weightUnit: 'LB',
          worn: false,
          consumable: false,
          reusedItem: { id: 'tent' },
          sameItemAsRow: null,
        },
        {
          row: 2,
          line: 3,
          name: 'MSR "Groundhog" stake',
          quantity: 2,
          weightMg: 13_041,
          weightUnit: 'OZ',
          worn: false,
          consumable: false,
          reusedItem: null,
          sameItemAsRow: null,
        },
      ],
    },
    {
      name: 'Clothing',
      totalMg: 300_000,
      baseMg: 0,
      wornMg: 300_000,
      consumableMg: 0,
      itemCount: 1,
      rows: [
        {
          row: 3,
          line: 4,
          name: 'Fleece',
          quantity: 1,
          weightMg: 300_000,
          weightUnit: 'G',
          worn: true,
          consumable: false,
          reusedItem: null,
          sameItemAsRow: null,
        },
      ],
    },
    {
      name: 'Food',
      totalMg: 400_000,
      baseMg: 0,
      wornMg: 0,
      consumableMg: 400_000,
      itemCount: 4,
      rows: [
        {
          row: 4,
          line: 5,
          name: 'Oats',
          quantity: 4,
          weightMg: 100_000,
          weightUnit: 'G',
          worn: false,
          consumable: true,
          reusedItem: null,
          sameItemAsRow: null,
        },
      ],
    },
  ],
  problems: [
    { row: 5, line: 6, column: 'weight', message: 'Weight must be a decimal number under 100 kg per unit.' },
  ],
};

/** A file the API cannot read as a whole (binary data on line 3). */
export const UNREADABLE_PREVIEW: ImportPreviewData = {
  readable: false,
  rowCount: 0,
  goodRowCount: 0,
  reusedRowCount: 0,
  summary: { totalMg: 0, baseMg: 0, wornMg: 0, consumableMg: 0, itemCount: 0 },
  categories: [],
  problems: [{ row: 0, line: 3, column: '', message: 'This is not a text file (binary data).' }],
};
