import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { postGraphQL } from '../support/graphql-client.js';
import { packingUser } from '../packing-support/packing-user.js';

// Finding 5 of issue 13: shared views promise no ids, yet summary.byCategory.category exposed the
// owner's category id and version. Every field a shared view reaches is selected here, from the
// public API schema, so a field added later is checked too.

const api = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const PRIVATE_FIELD = /^(id|version|owner.*|user.*|notes?|price.*|token)$/i;

/** Every field of `type`, recursively (shared types have no arguments and no cycles). */
function fullSelection(schema: GraphQLSchema, type: GraphQLObjectType): string {
  const fields = Object.values(type.getFields()).map((field) => {
    const named: GraphQLNamedType = getNamedType(field.type);
    return isObjectType(named) ? `${field.name} { ${fullSelection(schema, named)} }` : field.name;
  });
  return fields.join(' ');
}

function reachableFieldNames(type: GraphQLObjectType, seen = new Set<string>()): string[] {
  if (seen.has(type.name)) return [];
  seen.add(type.name);
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    return [`${type.name}.${field.name}`, ...(isObjectType(named) ? reachableFieldNames(named, seen) : [])];
  });
}

function rootType(field: 'sharedList' | 'sharedPack'): GraphQLObjectType {
  const type = getNamedType(api.getQueryType()!.getFields()[field]!.type);
  if (!isObjectType(type)) throw new Error(`${field} is not an object`);
  return type;
}

describe('shared views expose no ids, versions or owners', () => {
  it('no field reachable from sharedList or sharedPack is an id, version, owner, note, price or token', () => {
    const coordinates = [
      ...reachableFieldNames(rootType('sharedList')),
      ...reachableFieldNames(rootType('sharedPack')),
    ];
    expect(coordinates).toContain('SharedCategoryWeight.category');
    expect(coordinates.filter((coordinate) => PRIVATE_FIELD.test(coordinate.split('.')[1]!))).toEqual([]);
  });

  it('an anonymous caller reading every field of a shared list and pack sees no id-like value', async () => {
    const { graphqlUrl } = inject('stack');
    const owner = await packingUser(graphqlUrl);
    const category = await owner.data<{ createCategory: { id: string } }>(
      'mutation { createCategory(input: { name: "Kitchen", colorIndex: 4 }) { id } }',
    );
    const stove = await owner.createItem({
      name: 'Stove',
      weightMg: 300_000,
      categoryId: category.createCategory.id,
    });
    const listId = await owner.createList({ name: 'Cook', entries: [{ itemId: stove }] });
    const packId = await owner.createPack({ name: 'Weekend', listIds: [listId] });
    const listLink = await owner.data<{ shareList: { token: string } }>(
      'mutation($id: ID!) { shareList(listId: $id) { token } }',
      { id: listId },
    );
    const packLink = await owner.data<{ sharePack: { token: string } }>(
      'mutation($id: ID!) { sharePack(packId: $id) { token } }',
      { id: packId },
    );

    for (const [field, token] of [
      ['sharedList', listLink.shareList.token],
      ['sharedPack', packLink.sharePack.token],
    ] as const) {
      const query = `query($token: String!) { ${field}(token: $token) { ${fullSelection(api, rootType(field))} } }`;
      const anonymous = await postGraphQL(graphqlUrl, query, { variables: { token } });
      expect(anonymous.errors).toBeUndefined();
      const body = JSON.stringify(anonymous.data);
      expect(body).toContain('"Kitchen"');
      expect(body).not.toMatch(UUID);
      for (const secret of [owner.id, category.createCategory.id, stove, listId, packId]) {
        expect(body).not.toContain(secret);
      }
    }
  });

  it('refuses a shared summary selection of category id or version by validation', async () => {
    const { graphqlUrl } = inject('stack');
    for (const query of [
      '{ sharedList(token: "x") { summary { byCategory { category { id } } } } }',
      '{ sharedPack(token: "x") { summary { byCategory { category { version } } } } }',
    ]) {
      const probing = await postGraphQL(graphqlUrl, query);
      expect(probing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
