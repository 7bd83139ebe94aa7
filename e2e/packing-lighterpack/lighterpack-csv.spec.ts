import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { firstError, packingUser, type PackingUser } from '../packing-support/packing-user.js';

const HEADER = 'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable';
const IMPORT = `mutation($csv: String!, $name: String!) { importLighterPackCsv(csv: $csv, listName: $name) {
  id name entries { item { name weightMg category { name } price { amountMinor currency } } quantity wornQuantity consumable }
  summary { totalMg wornMg consumableMg baseMg } } }`;

const csvOf = (rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

async function csvFor(user: PackingUser, listId: string): Promise<string> {
  const result = await user.data<{ me: { lighterPackCsv: string } }>(
    'query($id: ID!) { me { lighterPackCsv(listId: $id) } }',
    { id: listId },
  );
  return result.me.lighterPackCsv;
}

describe('LighterPack CSV through the router', () => {
  it('imports with exact unit conversion, categories and worn units, and exports the same totals back', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const result = await user.data<{
      importLighterPackCsv: {
        id: string;
        entries: { item: { name: string; weightMg: number }; quantity: number; wornQuantity: number }[];
        summary: { totalMg: number; wornMg: number; consumableMg: number; baseMg: number };
      };
    }>(IMPORT, {
      name: 'From LighterPack',
      csv: csvOf([
        'Tent,Shelter,"2p, silnylon",1,2,lb,https://example.com/tent,349.99,,',
        'Socks,Clothing,,2,1.5,oz,,,Worn,',
        'Oats,Food,,4,100,g,,,,Consumable',
        'Pack,,,1,0.9,kg,,,,',
      ]),
    });
    const list = result.importLighterPackCsv;
    expect(
      list.entries.map((entry) => [entry.item.name, entry.item.weightMg, entry.quantity, entry.wornQuantity]),
    ).toEqual([
      ['Tent', 907_185, 1, 0], // 2 × 453 592.37 = 907 184.74 → 907 185
      ['Socks', 42_524, 2, 2], // 1.5 × 28 349.523125 = 42 524.28 → 42 524
      ['Oats', 100_000, 4, 0],
      ['Pack', 900_000, 1, 0],
    ]);
    expect(list.summary).toEqual({
      totalMg: 907_185 + 85_048 + 400_000 + 900_000,
      wornMg: 85_048,
      consumableMg: 400_000,
      baseMg: 907_185 + 900_000,
    });

    const csv = await csvFor(user, list.id);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    expect(csv).toContain('Tent,Shelter,"2p, silnylon",1,907.185,g,https://example.com/tent,349.99,,');
    expect(csv).toContain('Socks,Clothing,,2,42.524,g,,,Worn,');
    const reimported = await user.data<{ importLighterPackCsv: { summary: unknown } }>(IMPORT, {
      name: 'Round trip',
      csv,
    });
    expect(reimported.importLighterPackCsv.summary).toEqual(list.summary);
  });

  it('reports every bad cell by row and column before writing anything', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const response = await user.raw(IMPORT, {
      name: 'Broken',
      csv: csvOf(['Tent,Shelter,,1,2,stone,,,,', ',Food,,0,1,g,,,,', 'Rock,,,1,250,kg,,,,']),
    });
    const error = firstError(response);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(error['errors']).toEqual([
      { row: 1, column: 'unit', message: expect.any(String) },
      { row: 2, column: 'Item Name', message: expect.any(String) },
      { row: 2, column: 'qty', message: expect.any(String) },
      { row: 3, column: 'weight', message: expect.any(String) },
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
      errors: [{ row: 1, column: 'worn', message: expect.any(String) }],
    });
  });
});
