import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import {
  IMPORT_LIST,
  LIGHTERPACK_HEADER as HEADER,
  lighterPackFixture,
  type ImportedList,
} from '../packing-support/lighterpack-fixtures.js';
import { firstError, packingUser } from '../packing-support/packing-user.js';

const PREVIEW = /* GraphQL */ `
  query ($csv: String!) {
    previewLighterPackImport(csv: $csv) {
      readable
      rowCount
      goodRowCount
      reusedRowCount
      summary {
        totalMg
        baseMg
        wornMg
        consumableMg
        itemCount
      }
      categories {
        name
        totalMg
        itemCount
        rows {
          row
          line
          name
          quantity
          weightMg
          weightUnit
          worn
          consumable
          price {
            amountMinor
            currency
          }
          reusedItem {
            id
          }
          sameItemAsRow
        }
      }
      problems {
        row
        line
        column
        message
      }
    }
  }
`;

interface Preview {
  readable: boolean;
  rowCount: number;
  goodRowCount: number;
  reusedRowCount: number;
  summary: Record<string, number>;
  categories: {
    name: string | null;
    totalMg: number;
    itemCount: number;
    rows: {
      row: number;
      line: number;
      name: string;
      quantity: number;
      weightMg: number;
      weightUnit: string;
      reusedItem: { id: string } | null;
      sameItemAsRow: number | null;
    }[];
  }[];
  problems: { row: number; line: number; column: string }[];
}

const WITH_PROBLEMS = `${lighterPackFixture('lighterpack-classic.csv')}Rock,Shelter,,1,250,kilogram,,,,\n=cmd|' /C calc'!A0,Shelter,,1,1,gram,,,,\nSpoon,Kitchen,,1,12,stone,,,,\n`;

describe('LighterPack import preview and good rows through the router', () => {
  it('previews rows by category with totals, every problem by line and column, writing nothing', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const { previewLighterPackImport: preview } = await user.data<{ previewLighterPackImport: Preview }>(
      PREVIEW,
      {
        csv: WITH_PROBLEMS,
      },
    );
    expect(preview).toMatchObject({ readable: true, rowCount: 11, goodRowCount: 8, reusedRowCount: 0 });
    expect(preview.summary).toEqual({
      totalMg: 3_624_490,
      wornMg: 900_000,
      consumableMg: 1_400_000,
      baseMg: 1_324_490,
      itemCount: 12,
    });
    expect(preview.categories.map(({ name, totalMg, itemCount }) => [name, totalMg, itemCount])).toEqual([
      ['Shelter', 907_185 + 36_854 + 2 * 13_041, 4],
      ['Sleep', 354_369, 1],
      ['Clothing', 900_000, 2],
      ['Food', 1_400_000, 5],
    ]);
    expect(preview.categories[0]?.rows[2]).toMatchObject({
      row: 3,
      line: 4,
      name: 'MSR "Groundhog" stake',
      quantity: 2,
      weightMg: 13_041,
      weightUnit: 'OZ',
      reusedItem: null,
    });
    expect(preview.problems.map(({ row, line, column }) => `${row}/${line}:${column}`)).toEqual([
      '9/10:weight',
      '10/11:Item Name',
      '11/12:unit',
    ]);
    const library = await user.data<{ me: { items: { totalCount: number } } }>(
      '{ me { items { totalCount } } }',
    );
    expect(library.me.items.totalCount).toBe(0);
  });

  it('imports all good rows when asked, and refuses the same file without skipRowsWithProblems', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const refused = await user.raw(IMPORT_LIST, { name: 'All or nothing', csv: WITH_PROBLEMS });
    expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const { importLighterPackCsv: list } = await user.data<{ importLighterPackCsv: ImportedList }>(
      IMPORT_LIST,
      {
        name: 'Good rows',
        csv: WITH_PROBLEMS,
        skip: true,
      },
    );
    expect(list.entries).toHaveLength(8);
    expect(list.summary.totalMg).toBe(3_624_490);
  });

  it('refuses skipRowsWithProblems when no row is good', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const response = await user.raw(IMPORT_LIST, {
      name: 'Nothing good',
      csv: `${HEADER}\nRock,,,1,250,kg,,,,\n`,
      skip: true,
    });
    expect(firstError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ row: 1, line: 2, column: 'weight', message: expect.any(String) }],
    });
  });

  it('reuses library items with the same name, category and weight instead of duplicating them', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const csv = lighterPackFixture('lighterpack-classic.csv');
    const first = await user.data<{ importLighterPackCsv: ImportedList }>(IMPORT_LIST, {
      name: 'First',
      csv,
    });
    const { previewLighterPackImport: preview } = await user.data<{ previewLighterPackImport: Preview }>(
      PREVIEW,
      {
        csv: `${csv}Tent,Shelter,,1,2.5,pound,,,,\n`,
      },
    );
    expect(preview.reusedRowCount).toBe(8);
    const previewed = preview.categories.flatMap((category) =>
      category.rows.map((row) => row.reusedItem?.id ?? null),
    );
    const firstIds = first.importLighterPackCsv.entries.map((entry) => entry.item.id);
    // The heavier tent is another tent; it is new.
    expect(previewed).toEqual([
      firstIds[0],
      firstIds[1],
      firstIds[2],
      null,
      firstIds[3],
      firstIds[4],
      firstIds[5],
      firstIds[6],
      firstIds[7],
    ]);

    const second = await user.data<{ importLighterPackCsv: ImportedList }>(IMPORT_LIST, {
      name: 'Second',
      csv,
    });
    expect(second.importLighterPackCsv.entries.map((entry) => entry.item.id)).toEqual(firstIds);
    const library = await user.data<{ me: { items: { totalCount: number }; categories: unknown[] } }>(
      '{ me { items { totalCount } categories { id } } }',
    );
    expect(library.me).toEqual({ items: { totalCount: 8 }, categories: expect.any(Array) });
    expect(library.me.categories).toHaveLength(4);
  });
});
