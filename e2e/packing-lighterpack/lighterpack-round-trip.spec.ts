import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import {
  IMPORT_LIST,
  LIGHTERPACK_HEADER as HEADER,
  type ImportedList,
} from '../packing-support/lighterpack-fixtures.js';
import { packingUser, type PackingUser } from '../packing-support/packing-user.js';

async function exported(user: PackingUser, ids: { listId?: string; packId?: string }): Promise<string> {
  const result = await user.data<{ me: { lighterPackCsv: string } }>(
    'query($listId: ID, $packId: ID) { me { lighterPackCsv(listId: $listId, packId: $packId) } }',
    ids,
  );
  return result.me.lighterPackCsv;
}

const SUMMARY = '{ totalMg wornMg consumableMg baseMg itemCount }';

describe('LighterPack export and round trip through the router', () => {
  it("exports in LighterPack's format, each item in its own unit, and imports back to the same rows and totals", async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const shelter = await user.createCategory('Shelter, sleep', 0);
    const clothing = await user.createCategory('Clothing', 1);
    const food = await user.createCategory('Food', 2);
    const tent = await user.createItem({
      name: 'Tent',
      weightMg: 907_185,
      weightUnit: 'LB',
      categoryId: shelter,
      priceMinor: 34_999,
      currency: 'USD',
      link: 'https://example.com/tent',
    });
    const stake = await user.createItem({
      name: 'MSR "Groundhog" stake',
      description: 'y-beam, 6"',
      weightMg: 13_041,
      weightUnit: 'OZ',
      categoryId: shelter,
    });
    const socks = await user.createItem({
      name: 'Socks',
      weightMg: 56_699,
      weightUnit: 'OZ',
      categoryId: clothing,
    });
    const jacket = await user.createItem({
      name: 'Rain jacket',
      weightMg: 198_000,
      weightUnit: 'G',
      categoryId: clothing,
    });
    const water = await user.createItem({
      name: 'Water',
      weightMg: 1_000_000,
      weightUnit: 'KG',
      categoryId: food,
    });
    const gas = await user.createItem({ name: 'Gas', weightMg: 230_000, weightUnit: 'G', categoryId: food });
    const map = await user.createItem({ name: '=Map', weightMg: 20_000 });
    const listId = await user.createList({
      name: 'Every unit',
      entries: [
        { itemId: socks, quantity: 3, wornQuantity: 1 },
        { itemId: tent },
        { itemId: water, quantity: 2, consumable: true },
        { itemId: stake, quantity: 6 },
        { itemId: jacket, quantity: 1, wornQuantity: 1 },
        { itemId: map },
        { itemId: gas, quantity: 2, wornQuantity: 1, consumable: true },
      ],
    });

    // The person's category order for this list: Clothing, Shelter, Food (uncategorised after).
    await user.data(
      'mutation($id: ID!, $order: [ID!]!) { setListCategoryOrder(listId: $id, categoryIds: $order) { id } }',
      {
        id: listId,
        order: [clothing, shelter, food],
      },
    );
    const csv = await exported(user, { listId });
    expect(csv).toBe(
      [
        HEADER,
        'Socks,Clothing,,1,2,ounce,,,Worn,',
        'Socks,Clothing,,2,2,ounce,,,,',
        'Rain jacket,Clothing,,1,198,gram,,,Worn,',
        'Tent,"Shelter, sleep",,1,2,pound,https://example.com/tent,349.99,,',
        'MSR "Groundhog" stake,"Shelter, sleep","y-beam, 6""",6,0.46,ounce,,,,',
        'Water,Food,,2,1,kilogram,,,,Consumable',
        'Gas,Food,,1,230,gram,,,Worn,Consumable',
        'Gas,Food,,1,230,gram,,,,Consumable',
        `'=Map,,,1,20,gram,,,,`,
        '',
      ].join('\n'),
    );

    const original = await user.data<{ list: { summary: Record<string, number> } }>(
      `query($id: ID!) { list(id: $id) { summary ${SUMMARY} } }`,
      { id: listId },
    );
    const { importLighterPackCsv: copy } = await user.data<{ importLighterPackCsv: ImportedList }>(
      IMPORT_LIST,
      {
        name: 'Round trip',
        csv,
      },
    );
    const reread = await user.data<{ list: { summary: Record<string, number> } }>(
      `query($id: ID!) { list(id: $id) { summary ${SUMMARY} } }`,
      { id: copy.id },
    );
    expect(reread.list.summary).toEqual(original.list.summary);
    // The same items come back (reused, not duplicated), with the same quantities, worn units and flags.
    expect(
      copy.entries.map(({ item, quantity, wornQuantity, consumable }) => [
        item.id,
        quantity,
        wornQuantity,
        consumable,
      ]),
    ).toEqual([
      [socks, 3, 1, false],
      [jacket, 1, 1, false],
      [tent, 1, 0, false],
      [stake, 6, 0, false],
      [water, 2, 0, true],
      [gas, 2, 1, true],
      [map, 1, 0, false],
    ]);
    expect(await exported(user, { listId: copy.id })).toBe(csv);

    // The import kept the file's category order for the new list, so it exports the same file.
    const packId = await user.createPack({ name: 'Pack', listIds: [listId] });
    await user.data(
      'mutation($id: ID!, $order: [ID!]!) { setPackCategoryOrder(packId: $id, categoryIds: $order) { id } }',
      {
        id: packId,
        order: [clothing, shelter, food],
      },
    );
    expect(await exported(user, { packId })).toBe(csv);
  });
});
