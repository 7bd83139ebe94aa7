import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { firstError, packingUser } from '../packing-support/packing-user.js';

const SUMMARY =
  'totalMg baseMg wornMg consumableMg itemCount byCategory { category { name } totalMg shareBasisPoints itemCount }';

describe('lists and packs through the router', () => {
  it('sums a list exactly: every worn unit worn, consumables apart, per-category shares, prices per currency', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const clothing = await user.createCategory('Clothing', 1);
    const food = await user.createCategory('Food', 2);
    const socks = await user.createItem({
      name: 'Socks',
      weightMg: 50_000,
      categoryId: clothing,
      priceMinor: 1500,
      currency: 'EUR',
    });
    const oats = await user.createItem({
      name: 'Oats',
      weightMg: 100_000,
      categoryId: food,
      priceMinor: 200,
      currency: 'USD',
    });
    const anvil = await user.createItem({ name: 'Anvil', weightMg: 99_999_999 });
    const listId = await user.createList({
      name: 'Three days',
      colorIndex: 4,
      entries: [
        { itemId: socks, quantity: 3, wornQuantity: 2 },
        { itemId: oats, quantity: 6, consumable: true, note: 'breakfast' },
        { itemId: anvil, quantity: 999 },
      ],
    });
    const result = await user.data<{ list: Record<string, unknown> }>(
      `query($id: ID!) { list(id: $id) { name colorIndex version entries { item { name } quantity wornQuantity consumable note }
        summary { ${SUMMARY} } priceTotals { amountMinor currency } } }`,
      { id: listId },
    );
    const anvils = 99_999_999 * 999; // beyond 2^31, exact
    expect(result.list['summary']).toEqual({
      totalMg: 150_000 + 600_000 + anvils,
      wornMg: 100_000,
      consumableMg: 600_000,
      baseMg: 50_000 + anvils,
      itemCount: 3 + 6 + 999,
      byCategory: [
        { category: null, totalMg: anvils, shareBasisPoints: 10_000, itemCount: 999 },
        { category: { name: 'Food' }, totalMg: 600_000, shareBasisPoints: 0, itemCount: 6 },
        { category: { name: 'Clothing' }, totalMg: 150_000, shareBasisPoints: 0, itemCount: 3 },
      ],
    });
    expect(result.list['priceTotals']).toEqual([
      { amountMinor: 4500, currency: 'EUR' },
      { amountMinor: 1200, currency: 'USD' },
    ]);
  });

  it('names the entry path on bad input and refuses worn > quantity', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const a = await user.createItem({ name: 'A', weightMg: 1 });
    const b = await user.createItem({ name: 'B', weightMg: 1 });
    const create = 'mutation($input: CreateListInput!) { createList(input: $input) { id } }';
    const badQuantity = await user.raw(create, {
      input: { name: 'L', entries: [{ itemId: a }, { itemId: b, quantity: 1000 }] },
    });
    expect(firstError(badQuantity)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.entries.1.quantity',
    });
    const badWorn = await user.raw(create, {
      input: { name: 'L', entries: [{ itemId: a, quantity: 2, wornQuantity: 3 }] },
    });
    expect(firstError(badWorn)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.entries.0.wornQuantity',
    });
    expect(firstError(await user.raw(create, { input: { name: '' } }))).toMatchObject({
      field: 'input.name',
    });
    expect(firstError(await user.raw(create, { input: { name: 'L', colorIndex: 12 } }))).toMatchObject({
      field: 'input.colorIndex',
    });
  });

  it('adds, updates, reorders, removes entries with versions, and duplicates a list', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const [a, b, c] = [
      await user.createItem({ name: 'A', weightMg: 10 }),
      await user.createItem({ name: 'B', weightMg: 20 }),
      await user.createItem({ name: 'C', weightMg: 30 }),
    ];
    const listId = await user.createList({ name: 'Kit', entries: [{ itemId: a }, { itemId: b }] });
    type ListShape = { version: number; entries: { id: string; item: { name: string }; quantity: number }[] };
    const fields = 'version entries { id item { name } quantity }';
    const added = await user.data<{ addListEntry: ListShape }>(
      `mutation($listId: ID!, $input: EntryInput!) { addListEntry(listId: $listId, input: $input, expectedVersion: 1) { ${fields} } }`,
      { listId, input: { itemId: c, quantity: 2 } },
    );
    expect(added.addListEntry.version).toBe(2);
    const duplicateAdd = await user.raw(
      'mutation($listId: ID!, $input: EntryInput!) { addListEntry(listId: $listId, input: $input) { id } }',
      { listId, input: { itemId: c } },
    );
    expect(firstError(duplicateAdd)).toMatchObject({ code: 'CONFLICT', field: 'input.itemId' });

    const ids = added.addListEntry.entries.map((entry) => entry.id);
    const stale = await user.raw(
      'mutation($listId: ID!, $ids: [ID!]!) { reorderListEntries(listId: $listId, entryIds: $ids, expectedVersion: 1) { version } }',
      { listId, ids: [...ids].reverse() },
    );
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const reordered = await user.data<{ reorderListEntries: ListShape }>(
      `mutation($listId: ID!, $ids: [ID!]!) { reorderListEntries(listId: $listId, entryIds: $ids, expectedVersion: 2) { ${fields} } }`,
      { listId, ids: [...ids].reverse() },
    );
    expect(reordered.reorderListEntries.entries.map((entry) => entry.item.name)).toEqual(['C', 'B', 'A']);
    const updated = await user.data<{ updateListEntry: ListShape }>(
      `mutation($id: ID!) { updateListEntry(entryId: $id, input: { quantity: 5 }) { ${fields} } }`,
      { id: ids[0] },
    );
    expect(updated.updateListEntry.entries.find((entry) => entry.id === ids[0])?.quantity).toBe(5);
    const removed = await user.data<{ removeListEntry: ListShape }>(
      `mutation($id: ID!) { removeListEntry(entryId: $id) { ${fields} } }`,
      { id: ids[1] },
    );
    expect(removed.removeListEntry.entries.map((entry) => entry.item.name)).toEqual(['C', 'A']);

    const copy = await user.data<{
      duplicateList: { id: string; name: string; entries: { item: { name: string }; quantity: number }[] };
    }>('mutation($id: ID!) { duplicateList(id: $id) { id name entries { item { name } quantity } } }', {
      id: listId,
    });
    expect(copy.duplicateList.id).not.toBe(listId);
    expect(copy.duplicateList.name).toBe('Kit (copy)');
    expect(copy.duplicateList.entries).toEqual([
      { item: { name: 'C' }, quantity: 2 },
      { item: { name: 'A' }, quantity: 5 },
    ]);
  });

  it('packs an item two lists share once (largest quantity), and groups by list and by category', async () => {
    const user = await packingUser(inject('stack').graphqlUrl);
    const kitchen = await user.createCategory('Kitchen', 5);
    const stove = await user.createItem({ name: 'Stove', weightMg: 80_000, categoryId: kitchen });
    const pot = await user.createItem({ name: 'Pot', weightMg: 120_000, categoryId: kitchen });
    const fuel = await user.createItem({ name: 'Fuel', weightMg: 230_000 });
    const jacket = await user.createItem({ name: 'Jacket', weightMg: 400_000 });
    const dinner = await user.createList({ name: 'Dinner', entries: [{ itemId: stove }, { itemId: pot }] });
    const coffee = await user.createList({
      name: 'Coffee',
      entries: [{ itemId: stove }, { itemId: fuel, quantity: 2, consumable: true }],
    });
    const packId = await user.createPack({ name: 'Weekend', listIds: [dinner, coffee] });
    await user.data(
      'mutation($packId: ID!, $input: EntryInput!) { addPackEntry(packId: $packId, input: $input) { id } }',
      { packId, input: { itemId: jacket, quantity: 1, wornQuantity: 1 } },
    );
    const result = await user.data<{
      pack: {
        lists: { name: string }[];
        contents: { item: { name: string }; quantity: number; totalMg: number }[];
        byList: { list: { name: string } | null; totalMg: number; lines: { item: { name: string } }[] }[];
        byCategory: { category: { name: string } | null; totalMg: number }[];
        summary: { totalMg: number; baseMg: number; wornMg: number; consumableMg: number; itemCount: number };
      };
    }>(
      `query($id: ID!) { pack(id: $id) {
        lists { name }
        contents { item { name } quantity totalMg }
        byList: groupedContents(by: LIST) { list { name } totalMg lines { item { name } } }
        byCategory: groupedContents(by: CATEGORY) { category { name } totalMg }
        summary { totalMg baseMg wornMg consumableMg itemCount } } }`,
      { id: packId },
    );
    const { pack } = result;
    expect(pack.lists.map((list) => list.name)).toEqual(['Dinner', 'Coffee']);
    expect(pack.contents.map((line) => [line.item.name, line.quantity])).toEqual([
      ['Stove', 1],
      ['Pot', 1],
      ['Fuel', 2],
      ['Jacket', 1],
    ]);
    expect(pack.summary).toEqual({
      totalMg: 80_000 + 120_000 + 460_000 + 400_000,
      wornMg: 400_000,
      consumableMg: 460_000,
      baseMg: 200_000,
      itemCount: 5,
    });
    expect(
      pack.byList.map((group) => [group.list?.name ?? null, group.lines.map((line) => line.item.name)]),
    ).toEqual([
      ['Dinner', ['Stove', 'Pot']],
      ['Coffee', ['Stove', 'Fuel']],
      [null, ['Jacket']],
    ]);
    expect(pack.byCategory).toEqual([
      { category: null, totalMg: 860_000 },
      { category: { name: 'Kitchen' }, totalMg: 200_000 },
    ]);
  });
});
