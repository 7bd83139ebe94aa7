import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import {
  FIXTURE_SUMMARY,
  IMPORT_LIST,
  LIGHTERPACK_HEADER as HEADER,
  lighterPackFixture,
  type ImportedList,
} from '../packing-support/lighterpack-fixtures.js';
import { firstError, packingUser } from '../packing-support/packing-user.js';

const csvOf = (rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

describe('LighterPack CSV through the router', () => {
  it("imports a file exactly as LighterPack's exporter writes it, every row, exact weights and units", async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const result = await user.data<{ importLighterPackCsv: ImportedList }>(IMPORT_LIST, {
      name: 'From LighterPack',
      csv: lighterPackFixture('lighterpack-classic.csv'),
    });
    const list = result.importLighterPackCsv;
    expect(
      list.entries.map(({ item, quantity, wornQuantity, consumable }) => [
        item.name,
        item.category?.name,
        item.weightMg,
        item.weightUnit,
        quantity,
        wornQuantity,
        consumable,
      ]),
    ).toEqual([
      ['Tent', 'Shelter', 907_185, 'LB', 1, 0, false], // 2 × 453 592.37
      ['Stakes, titanium', 'Shelter', 36_854, 'OZ', 1, 0, false], // 1.3 × 28 349.523125
      ['MSR "Groundhog" stake', 'Shelter', 13_041, 'OZ', 2, 0, false], // 0.46 oz
      ['"Big Agnes" pad', 'Sleep', 354_369, 'OZ', 1, 0, false], // 12.5 oz
      ['Fleece', 'Clothing', 300_000, 'G', 1, 1, false],
      ['Trail runners', 'Clothing', 600_000, 'KG', 1, 1, false],
      ['Oats', 'Food', 100_000, 'G', 4, 0, true],
      ['Water', 'Food', 1_000_000, 'KG', 1, 0, true],
    ]);
    expect(list.summary).toEqual(FIXTURE_SUMMARY);
  });

  it('reports every bad cell by row, line and column before writing anything', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const response = await user.raw(IMPORT_LIST, {
      name: 'Broken',
      csv: csvOf(['Tent,Shelter,,1,2,stone,,,,', ',Food,,0,1,g,,,,', 'Rock,,,1,250,kg,,,,']),
    });
    const error = firstError(response);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(error['errors']).toEqual([
      { row: 1, line: 2, column: 'unit', message: expect.any(String) },
      { row: 2, line: 3, column: 'Item Name', message: expect.any(String) },
      { row: 2, line: 3, column: 'qty', message: expect.any(String) },
      { row: 3, line: 4, column: 'weight', message: expect.any(String) },
    ]);
    const library = await user.data<{
      me: { items: { totalCount: number }; lists: { totalCount: number }; categories: unknown[] };
    }>('{ me { items { totalCount } lists { totalCount } categories { id } } }');
    expect(library.me).toEqual({ items: { totalCount: 0 }, lists: { totalCount: 0 }, categories: [] });
  });

  it('runs a large import as a job whose progress the client polls', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const rows = Array.from(
      { length: 600 },
      (_, index) => `Item ${index},Category ${index % 7},,1,${index + 1},g,,,,`,
    );
    const started = await user.data<{
      startLighterPackImport: { id: string; status: string; totalRows: number };
    }>(
      'mutation($csv: String!) { startLighterPackImport(csv: $csv, listName: "Big") { id status totalRows processedRows } }',
      { csv: csvOf(rows) },
    );
    expect(started.startLighterPackImport).toMatchObject({ totalRows: 600 });
    type Job = {
      status: string;
      processedRows: number;
      totalRows: number;
      errors: unknown[];
      list: { entries: unknown[] } | null;
    };
    const seen: number[] = [];
    let job: Job | undefined;
    for (let poll = 0; poll < 200; poll += 1) {
      const result = await user.data<{ lighterPackImport: Job }>(
        'query($id: ID!) { lighterPackImport(id: $id) { status processedRows totalRows errors { row column message } list { entries { quantity } } } }',
        { id: started.startLighterPackImport.id },
      );
      job = result.lighterPackImport;
      seen.push(job.processedRows);
      if (job.status !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 25)); // polling a real background job, not timing
    }
    expect(job).toMatchObject({ status: 'SUCCEEDED', processedRows: 600, totalRows: 600, errors: [] });
    expect(job?.list?.entries).toHaveLength(600);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen); // progress only moves forward
    const stats = await user.data<{
      me: { gearStatistics: { itemCount: number; categoryCount: number; libraryWeightMg: number } };
    }>('{ me { gearStatistics { itemCount categoryCount libraryWeightMg heaviestItems { name } } } }');
    expect(stats.me.gearStatistics).toMatchObject({
      itemCount: 600,
      categoryCount: 7,
      libraryWeightMg: (600 * 601 * 1000) / 2,
    });
  });

  it('refuses a job whose file is invalid with the same row errors, creating no job', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const response = await user.raw(
      'mutation($csv: String!) { startLighterPackImport(csv: $csv, listName: "X") { id } }',
      {
        csv: csvOf(['Tent,,,1,1,g,,,perhaps,']),
      },
    );
    expect(firstError(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ row: 1, line: 2, column: 'worn', message: expect.any(String) }],
    });
  });
});
