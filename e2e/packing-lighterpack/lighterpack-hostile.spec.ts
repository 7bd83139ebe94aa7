import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { IMPORT_LIST, LIGHTERPACK_HEADER as HEADER } from '../packing-support/lighterpack-fixtures.js';
import { firstError, packingUser } from '../packing-support/packing-user.js';

/** The problems a refused import names: `row/line:column`. */
function problems(error: Record<string, unknown>): string[] {
  const list = error['errors'] as { row: number; line: number; column: string }[];
  return list.map(({ row, line, column }) => `${row}/${line}:${column}`);
}

describe('hostile LighterPack files through the router', () => {
  it('answers a 10 MB body with 413 PAYLOAD_TOO_LARGE from the router, not a 500', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const response = await user.raw(IMPORT_LIST, {
      name: 'Huge',
      csv: `${HEADER}\n${'Tent,,,1,1,g,,,,\n'.repeat(600_000)}`,
    });
    expect(response.status).toBe(413);
    expect(firstError(response)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', max: expect.any(Number) });
  });

  it('refuses 10 000 rows naming the first line past the limit, writing nothing', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const rows = Array.from({ length: 10_000 }, (_, index) => `Item ${index},,,1,1,g,,,,`);
    const response = await user.raw(IMPORT_LIST, {
      name: 'Many',
      csv: `${HEADER}\n${rows.join('\n')}\n`,
      skip: true,
    });
    const error = firstError(response);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(problems(error)).toEqual(['0/1002:']);
    const library = await user.data<{ me: { items: { totalCount: number } } }>(
      '{ me { items { totalCount } } }',
    );
    expect(library.me.items.totalCount).toBe(0);
  });

  it('refuses binary junk on the line it starts', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const junk = String.fromCharCode(...Array.from({ length: 256 }, (_, index) => (index * 37) % 256));
    // Control characters: service-kit's rule (1101) refuses them before the import runs.
    const response = await user.raw(IMPORT_LIST, {
      name: 'Junk',
      csv: `${HEADER}\nTent,,,1,1,g,,,,\n${junk}`,
    });
    expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', line: 3 });
    // Undecodable bytes (U+FFFD, what a browser reads from a binary file): the import's own check.
    const decoded = await user.raw(IMPORT_LIST, {
      name: 'Junk',
      csv: `${HEADER}\nTent,,,1,1,g,,,,\nPK\uFFFD\uFFFD\n`,
    });
    const error = firstError(decoded);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(problems(error)).toEqual(['0/3:']);
  });

  it('refuses a row of 1 000 columns on its line; the good rows import when asked', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const wide = Array.from({ length: 1_000 }, (_, index) => `c${index}`).join(',');
    const csv = `${HEADER}\nTent,,,1,1,g,,,,\n${wide}\n`;
    expect(problems(firstError(await user.raw(IMPORT_LIST, { name: 'Wide', csv })))).toEqual(['2/3:']);
    const imported = await user.data<{ importLighterPackCsv: { entries: unknown[] } }>(IMPORT_LIST, {
      name: 'Wide',
      csv,
      skip: true,
    });
    expect(imported.importLighterPackCsv.entries).toHaveLength(1);
  });

  it('refuses formula cells by line and column (= + - @, behind a tab or carriage return too)', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const csv = [
      HEADER,
      `=HYPERLINK("http://evil.example"),,,1,1,g,,,,`,
      'Pot,+Kitchen,,1,1,g,,,,',
      'Pot,,-2+3,1,1,g,,,,',
      'Pot,,@SUM(A1),1,1,g,,,,',
      '"\t=1+1",,,1,1,g,,,,',
      '"\r=1+1",,,1,1,g,,,,',
      '',
    ].join('\n');
    const error = firstError(await user.raw(IMPORT_LIST, { name: 'Formulas', csv }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(problems(error)).toEqual([
      '1/2:Item Name',
      '2/3:Category',
      '3/4:desc',
      '4/5:desc',
      '5/6:Item Name',
      '6/7:Item Name',
    ]);
  });
});
