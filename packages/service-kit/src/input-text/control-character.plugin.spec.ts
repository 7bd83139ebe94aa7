import { ApolloServer } from '@apollo/server';
import { describe, expect, it, vi } from 'vitest';
import { createControlCharacterPlugin } from './control-character.plugin.js';

const typeDefs = /* GraphQL */ `
  directive @multiline on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
  input EntryInput {
    itemId: ID!
    note: String @multiline
  }
  input ThingInput {
    name: String!
    notes: String @multiline
    tags: [String!]
    entries: [EntryInput!]
    weight: Int
  }
  type Query {
    search(text: String, first: Int): Boolean
  }
  type Mutation {
    create(input: ThingInput!): Boolean
    importText(csv: String! @multiline, id: ID): Boolean
  }
`;

async function run(query: string, variables?: Record<string, unknown>) {
  const resolved = vi.fn(() => true);
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { search: resolved }, Mutation: { create: resolved, importText: resolved } },
    plugins: [createControlCharacterPlugin()],
  });
  const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
  await server.stop();
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult, resolved };
}

const CREATE = 'mutation ($input: ThingInput!) { create(input: $input) }';

describe('control-character rule', () => {
  it('passes clean text, TAB everywhere, and line breaks in @multiline fields through to the resolver', async () => {
    const { result, resolved } = await run(CREATE, {
      input: { name: 'Tent\t2p 🏕️', notes: 'line 1\r\nline 2', entries: [{ itemId: 'i1', note: 'a\nb' }] },
    });
    expect(result.errors).toBeUndefined();
    expect(resolved).toHaveBeenCalledOnce();
  });

  it.each([
    ['a variable', { name: 'a\u0000b' }, 'input.name'],
    [
      'a nested list of input objects',
      { name: 'ok', entries: [{ itemId: 'i', note: 'x' }, { itemId: 'i\u0007' }] },
      'input.entries.1.itemId',
    ],
    ['a list of strings', { name: 'ok', tags: ['fine', '\u009b'] }, 'input.tags.1'],
    ['a line break in a single-line field', { name: 'a\nb' }, 'input.name'],
    ['a lone surrogate', { name: 'ok', notes: 'x\ud800' }, 'input.notes'],
    ['DEL in a multi-line field', { name: 'ok', notes: 'x\u007f' }, 'input.notes'],
  ])('refuses %s as BAD_USER_INPUT naming the field, before any resolver', async (_case, input, field) => {
    const { result, resolved, status } = await run(CREATE, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('http');
    expect(status).toBe(200);
    expect(resolved).not.toHaveBeenCalled();
  });

  it('refuses literals in the document, top-level arguments and fragments alike', async () => {
    const literal = await run('mutation { create(input: { name: "a\\u0000b" }) }');
    expect(literal.result.errors?.[0]?.extensions).toMatchObject({ field: 'input.name' });

    const argument = await run('query { search(text: "\\u001b[2J") }');
    expect(argument.result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });

    const fragment = await run('query Q($t: String) { ...F } fragment F on Query { search(text: $t) }', {
      t: '\u0001',
    });
    expect(fragment.result.errors?.[0]?.extensions).toMatchObject({ field: 'text' });
  });

  it('honours @multiline on arguments, naming the line there, and checks ID arguments', async () => {
    const csv = await run('mutation ($csv: String!) { importText(csv: $csv) }', { csv: 'a,b\r\n1,2\n' });
    expect(csv.result.errors).toBeUndefined();
    const binary = await run('mutation ($csv: String!) { importText(csv: $csv) }', {
      csv: 'a,b\r\n1,2\n\u0000PK',
    });
    expect(binary.result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'csv',
      line: 3,
    });
    const id = await run('mutation ($id: ID) { importText(csv: "x", id: $id) }', { id: 'x\u0000' });
    expect(id.result.errors?.[0]?.extensions).toMatchObject({ field: 'id' });
  });

  it('leaves variables that do not coerce to the executor', async () => {
    const { result } = await run(CREATE, { input: { name: 5 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('field');
  });
});
