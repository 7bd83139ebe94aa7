// Long on purpose: the file is the classification of every packing Mutation and id-taking Query
// and User field (MUTATIONS, QUERIES, USER_FIELD_ATTEMPTS) beside the test that fails when the SDL
// gains one not listed. A reviewer adding a field reads and edits one table next to its check.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { packingUser, type PackingUser } from '../packing-support/packing-user.js';

/** Packing's Mutation and Query fields, read from its SDL so a new one must be classified below. */
function packingFields(typeName: string): string[] {
  const document = parse(readFileSync(new URL('../../schema/packing.graphql', import.meta.url), 'utf8'));
  return document.definitions
    .filter(
      (definition): definition is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        definition.name.value === typeName,
    )
    .flatMap((definition) => (definition.fields ?? []).map((field) => field.name.value))
    .sort();
}

interface Ids {
  item: string;
  category: string;
  list: string;
  entry: string;
  pack: string;
  packEntry: string;
  trip: string;
  share: string;
  job: string;
}

/** One attempt: a document and its variables, given the ids to use; `target` is the foreign id in it. */
interface Attempt {
  query: string;
  variables: (
    victim: Ids,
    own: { item: string; list: string; pack: string; trip: string },
  ) => Record<string, unknown>;
  target: keyof Ids;
}

const M = (field: string, args: string, selection = '') => `mutation(${args}) { ${field} ${selection} }`;

/** Every packing mutation: the attempts with another user's ids, or why it takes none. */
const MUTATIONS: Record<string, Attempt[] | 'takes no id'> = {
  createItem: [
    {
      query: M('createItem(input: { name: "x", weightMg: 1, categoryId: $id })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.category }),
      target: 'category',
    },
  ],
  updateItem: [
    {
      query: M('updateItem(id: $id, input: { expectedVersion: 1, name: "pwned" })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.item }),
      target: 'item',
    },
  ],
  deleteItem: [
    { query: M('deleteItem(id: $id)', '$id: ID!'), variables: (v) => ({ id: v.item }), target: 'item' },
  ],
  createCategory: 'takes no id',
  updateCategory: [
    {
      query: M('updateCategory(id: $id, input: { expectedVersion: 1, name: "pwned" })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.category }),
      target: 'category',
    },
  ],
  deleteCategory: [
    {
      query: M('deleteCategory(id: $id)', '$id: ID!'),
      variables: (v) => ({ id: v.category }),
      target: 'category',
    },
  ],
  createList: [
    {
      query: M('createList(input: { name: "x", entries: [{ itemId: $id }] })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.item }),
      target: 'item',
    },
  ],
  updateList: [
    {
      query: M('updateList(id: $id, input: { expectedVersion: 1, name: "pwned" })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.list }),
      target: 'list',
    },
  ],
  deleteList: [
    { query: M('deleteList(id: $id)', '$id: ID!'), variables: (v) => ({ id: v.list }), target: 'list' },
  ],
  duplicateList: [
    {
      query: M('duplicateList(id: $id)', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.list }),
      target: 'list',
    },
  ],
  addListEntry: [
    {
      query: M('addListEntry(listId: $list, input: { itemId: $item })', '$list: ID!, $item: ID!', '{ id }'),
      variables: (v, own) => ({ list: v.list, item: own.item }),
      target: 'list',
    },
    {
      query: M('addListEntry(listId: $list, input: { itemId: $item })', '$list: ID!, $item: ID!', '{ id }'),
      variables: (v, own) => ({ list: own.list, item: v.item }),
      target: 'item',
    },
  ],
  updateListEntry: [
    {
      query: M('updateListEntry(entryId: $id, input: { quantity: 9 })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.entry }),
      target: 'entry',
    },
  ],
  removeListEntry: [
    {
      query: M('removeListEntry(entryId: $id)', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.entry }),
      target: 'entry',
    },
  ],
  reorderListEntries: [
    {
      query: M('reorderListEntries(listId: $id, entryIds: [$entry])', '$id: ID!, $entry: ID!', '{ id }'),
      variables: (v) => ({ id: v.list, entry: v.entry }),
      target: 'list',
    },
  ],
  // A foreign category in categoryIds is an unknown one: BAD_USER_INPUT (packing-category-order).
  setListCategoryOrder: [
    {
      query: M('setListCategoryOrder(listId: $id, categoryIds: [])', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.list }),
      target: 'list',
    },
  ],
  createPack: [
    {
      query: M('createPack(input: { name: "x", listIds: [$id] })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.list }),
      target: 'list',
    },
  ],
  updatePack: [
    {
      query: M('updatePack(id: $id, input: { expectedVersion: 1, name: "pwned" })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.pack }),
      target: 'pack',
    },
  ],
  deletePack: [
    { query: M('deletePack(id: $id)', '$id: ID!'), variables: (v) => ({ id: v.pack }), target: 'pack' },
  ],
  setPackLists: [
    {
      query: M('setPackLists(packId: $pack, listIds: [$list])', '$pack: ID!, $list: ID!', '{ id }'),
      variables: (v, own) => ({ pack: v.pack, list: own.list }),
      target: 'pack',
    },
    {
      query: M('setPackLists(packId: $pack, listIds: [$list])', '$pack: ID!, $list: ID!', '{ id }'),
      variables: (v, own) => ({ pack: own.pack, list: v.list }),
      target: 'list',
    },
  ],
  addPackEntry: [
    {
      query: M('addPackEntry(packId: $pack, input: { itemId: $item })', '$pack: ID!, $item: ID!', '{ id }'),
      variables: (v, own) => ({ pack: v.pack, item: own.item }),
      target: 'pack',
    },
    {
      query: M('addPackEntry(packId: $pack, input: { itemId: $item })', '$pack: ID!, $item: ID!', '{ id }'),
      variables: (v, own) => ({ pack: own.pack, item: v.item }),
      target: 'item',
    },
  ],
  updatePackEntry: [
    {
      query: M('updatePackEntry(entryId: $id, input: { quantity: 9 })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.packEntry }),
      target: 'packEntry',
    },
  ],
  removePackEntry: [
    {
      query: M('removePackEntry(entryId: $id)', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.packEntry }),
      target: 'packEntry',
    },
  ],
  setPackCategoryOrder: [
    {
      query: M('setPackCategoryOrder(packId: $id, categoryIds: [])', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.pack }),
      target: 'pack',
    },
  ],
  createTrip: [
    {
      query: M('createTrip(input: { name: "x", packId: $id })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.pack }),
      target: 'pack',
    },
  ],
  updateTrip: [
    {
      query: M('updateTrip(id: $id, input: { expectedVersion: 1, name: "pwned" })', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.trip }),
      target: 'trip',
    },
    {
      query: M(
        'updateTrip(id: $trip, input: { expectedVersion: 1, packId: $pack })',
        '$trip: ID!, $pack: ID!',
        '{ id }',
      ),
      variables: (v, own) => ({ trip: own.trip, pack: v.pack }),
      target: 'pack',
    },
  ],
  deleteTrip: [
    { query: M('deleteTrip(id: $id)', '$id: ID!'), variables: (v) => ({ id: v.trip }), target: 'trip' },
  ],
  checkTripItem: [
    {
      query: M('checkTripItem(tripId: $trip, itemId: $item)', '$trip: ID!, $item: ID!', '{ id }'),
      variables: (v) => ({ trip: v.trip, item: v.item }),
      target: 'trip',
    },
    {
      query: M('checkTripItem(tripId: $trip, itemId: $item)', '$trip: ID!, $item: ID!', '{ id }'),
      variables: (v, own) => ({ trip: own.trip, item: v.item }),
      target: 'item',
    },
  ],
  uncheckTripItem: [
    {
      query: M('uncheckTripItem(tripId: $trip, itemId: $item)', '$trip: ID!, $item: ID!', '{ id }'),
      variables: (v) => ({ trip: v.trip, item: v.item }),
      target: 'trip',
    },
  ],
  checkAllTripItems: [
    {
      query: M('checkAllTripItems(tripId: $id)', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.trip }),
      target: 'trip',
    },
  ],
  resetTripChecklist: [
    {
      query: M('resetTripChecklist(tripId: $id)', '$id: ID!', '{ id }'),
      variables: (v) => ({ id: v.trip }),
      target: 'trip',
    },
  ],
  shareList: [
    {
      query: M('shareList(listId: $id)', '$id: ID!', '{ token }'),
      variables: (v) => ({ id: v.list }),
      target: 'list',
    },
  ],
  sharePack: [
    {
      query: M('sharePack(packId: $id)', '$id: ID!', '{ token }'),
      variables: (v) => ({ id: v.pack }),
      target: 'pack',
    },
  ],
  revokeShareLink: [
    {
      query: M('revokeShareLink(id: $id)', '$id: ID!'),
      variables: (v) => ({ id: v.share }),
      target: 'share',
    },
  ],
  importLighterPackCsv: 'takes no id',
  startLighterPackImport: 'takes no id',
  addSampleGear: 'takes no id',
};

/** Every packing Query field that takes an id (the anonymous shared* queries take a token instead). */
const QUERIES: Record<string, Attempt[] | 'takes no id'> = {
  list: [
    {
      query: 'query($id: ID!) { list(id: $id) { name } }',
      variables: (v) => ({ id: v.list }),
      target: 'list',
    },
  ],
  pack: [
    {
      query: 'query($id: ID!) { pack(id: $id) { name } }',
      variables: (v) => ({ id: v.pack }),
      target: 'pack',
    },
  ],
  trip: [
    {
      query: 'query($id: ID!) { trip(id: $id) { name } }',
      variables: (v) => ({ id: v.trip }),
      target: 'trip',
    },
  ],
  lighterPackImport: [
    {
      query: 'query($id: ID!) { lighterPackImport(id: $id) { status } }',
      variables: (v) => ({ id: v.job }),
      target: 'job',
    },
  ],
  previewLighterPackImport: 'takes no id',
  sharedList: 'takes no id',
  sharedPack: 'takes no id',
};

const USER_FIELD_ATTEMPTS: Attempt[] = [
  {
    query: 'query($id: ID!) { me { lighterPackCsv(listId: $id) } }',
    variables: (v) => ({ id: v.list }),
    target: 'list',
  },
  {
    query: 'query($id: ID!) { me { lighterPackCsv(packId: $id) } }',
    variables: (v) => ({ id: v.pack }),
    target: 'pack',
  },
];

let victim: PackingUser;
let attacker: PackingUser;
let ids: Ids;
let own: { item: string; list: string; pack: string; trip: string };

beforeAll(async () => {
  const { graphqlUrl } = inject('stack');
  victim = await packingUser(graphqlUrl);
  attacker = await packingUser(graphqlUrl);
  const category = await victim.data<{ createCategory: { id: string } }>(
    'mutation { createCategory(input: { name: "Mine", colorIndex: 1 }) { id } }',
  );
  const item = await victim.createItem({
    name: 'Tent',
    weightMg: 1000,
    categoryId: category.createCategory.id,
  });
  const list = await victim.createList({ name: 'List', entries: [{ itemId: item }] });
  const listEntries = await victim.data<{ list: { entries: { id: string }[] } }>(
    'query($id: ID!) { list(id: $id) { entries { id } } }',
    { id: list },
  );
  const pack = await victim.createPack({ name: 'Pack', listIds: [list] });
  const withExtra = await victim.data<{ addPackEntry: { extraEntries: { id: string }[] } }>(
    'mutation($pack: ID!, $item: ID!) { addPackEntry(packId: $pack, input: { itemId: $item }) { extraEntries { id } } }',
    { pack, item },
  );
  const trip = await victim.data<{ createTrip: { id: string } }>(
    'mutation($pack: ID!) { createTrip(input: { name: "Trip", packId: $pack }) { id } }',
    { pack },
  );
  const share = await victim.data<{ shareList: { id: string } }>(
    'mutation($id: ID!) { shareList(listId: $id) { id } }',
    {
      id: list,
    },
  );
  const job = await victim.data<{ startLighterPackImport: { id: string } }>(
    'mutation($csv: String!) { startLighterPackImport(csv: $csv, listName: "Imported") { id } }',
    { csv: 'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable\nRock,,,1,1,g,,,,\n' },
  );
  // addPackEntry raised the pack to version 2, so `expectedVersion: 1` is stale too: NOT_FOUND must still win.
  ids = {
    item,
    category: category.createCategory.id,
    list,
    entry: listEntries.list.entries[0]!.id,
    pack,
    packEntry: withExtra.addPackEntry.extraEntries[0]!.id,
    trip: trip.createTrip.id,
    share: share.shareList.id,
    job: job.startLighterPackImport.id,
  };
  const ownItem = await attacker.createItem({ name: 'Mine', weightMg: 1 });
  const ownList = await attacker.createList({ name: 'Mine', entries: [{ itemId: ownItem }] });
  const ownPack = await attacker.createPack({ name: 'Mine', listIds: [ownList] });
  const ownTrip = await attacker.data<{ createTrip: { id: string } }>(
    'mutation($pack: ID!) { createTrip(input: { name: "Mine", packId: $pack }) { id } }',
    { pack: ownPack },
  );
  own = { item: ownItem, list: ownList, pack: ownPack, trip: ownTrip.createTrip.id };
});

/** The attempt with the foreign id, then with a random missing id: both NOT_FOUND, same message shape. */
async function expectLikeMissing(name: string, attempt: Attempt): Promise<void> {
  const foreign = attempt.variables(ids, own);
  const missingId = randomUUID();
  const missing = attempt.variables({ ...ids, [attempt.target]: missingId }, own);
  const [withForeign, withMissing] = [
    await attacker.raw(attempt.query, foreign),
    await attacker.raw(attempt.query, missing),
  ];
  const describe = (response: typeof withForeign, id: string) => ({
    code: response.errors?.[0]?.extensions?.['code'],
    message: response.errors?.[0]?.message.replace(id, '<id>'),
    data: response.data ?? null,
  });
  const foreignId = ids[attempt.target];
  expect(describe(withForeign, foreignId), `${name} with ${attempt.target}`).toEqual(
    describe(withMissing, missingId),
  );
  expect(describe(withForeign, foreignId).code, `${name} with ${attempt.target}`).toBe('NOT_FOUND');
}

describe("another user's ids through the router", () => {
  it('classifies every packing mutation and id-taking query (a new one must be added here)', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(packingFields('Mutation'));
    expect(Object.keys(QUERIES).sort()).toEqual(packingFields('Query'));
  });

  it('answers every mutation given a foreign id exactly like a missing id (NOT_FOUND), changing nothing', async () => {
    for (const [name, attempts] of Object.entries(MUTATIONS)) {
      if (attempts === 'takes no id') continue;
      for (const attempt of attempts) await expectLikeMissing(name, attempt);
    }
    const after = await victim.data<{
      list: { version: number; name: string; entries: { quantity: number }[]; shareLinks: unknown[] };
      pack: { version: number; name: string; extraEntries: { quantity: number }[] };
      trip: { version: number; name: string; progress: { checkedItems: number } };
      me: {
        categories: { name: string; version: number }[];
        items: { nodes: { name: string; version: number }[] };
      };
    }>(
      `query($list: ID!, $pack: ID!, $trip: ID!) {
        list(id: $list) { version name entries { quantity } shareLinks { id } }
        pack(id: $pack) { version name extraEntries { quantity } }
        trip(id: $trip) { version name progress { checkedItems } }
        me { categories { name version } items { nodes { name version } } } }`,
      { list: ids.list, pack: ids.pack, trip: ids.trip },
    );
    expect(after.list).toEqual({
      version: 1,
      name: 'List',
      entries: [{ quantity: 1 }],
      shareLinks: [{ id: ids.share }],
    });
    expect(after.pack).toEqual({ version: 2, name: 'Pack', extraEntries: [{ quantity: 1 }] });
    expect(after.trip).toEqual({ version: 1, name: 'Trip', progress: { checkedItems: 0 } });
    expect(after.me.categories).toEqual([{ name: 'Mine', version: 1 }]);
    expect(after.me.items.nodes.find((item) => item.name === 'Tent')).toEqual({ name: 'Tent', version: 1 });
  });

  it('answers every id-taking query and User field with a foreign id exactly like a missing id', async () => {
    for (const [name, attempts] of Object.entries(QUERIES)) {
      if (attempts === 'takes no id') continue;
      for (const attempt of attempts) await expectLikeMissing(name, attempt);
    }
    for (const attempt of USER_FIELD_ATTEMPTS) await expectLikeMissing('User.lighterPackCsv', attempt);
  });
});
