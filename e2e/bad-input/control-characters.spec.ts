import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL, type GraphQLResponse } from '../support/graphql-client.js';
import '../support/stack-info.js';

// Finding 3 of issue 13: control characters reached PostgreSQL and came back as a masked
// INTERNAL_SERVER_ERROR. One rule in service-kit refuses them in every subgraph (decision 1101).

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
    }
  }
`;

const CREATE_ITEM = /* GraphQL */ `
  mutation CreateItem($input: CreateItemInput!) {
    createItem(input: $input) {
      id
      notes
    }
  }
`;

function expectRefused(result: GraphQLResponse, field: string): void {
  expect(result.status).toBe(200);
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors?.[0]?.extensions?.field).toBe(field);
}

describe('control characters through the router', () => {
  it('refuses a NUL in the sign-up email as BAD_USER_INPUT on input.email (auth)', async () => {
    const { graphqlUrl } = inject('stack');
    const email = `nul-${randomUUID()}@example.com\u0000`;
    const result = await postGraphQL(graphqlUrl, SIGN_UP, {
      variables: { input: { email, password: 'correct horse battery staple' } },
    });
    expectRefused(result, 'input.email');
  });

  it('refuses a NUL in an item name written as a literal in the document (packing)', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    const result = await postGraphQL(
      graphqlUrl,
      'mutation { createItem(input: { name: "a\\u0000b", weightMg: 1 }) { id } }',
      { token: accessToken },
    );
    expectRefused(result, 'input.name');
  });

  it.each([
    ['NUL in notes', { name: 'Tent', weightMg: 1, notes: 'a\u0000b' }, 'input.notes'],
    ['a lone surrogate in notes', { name: 'Tent', weightMg: 1, notes: 'x\ud800' }, 'input.notes'],
    ['ESC in the name', { name: '\u001b[31mTent', weightMg: 1 }, 'input.name'],
    [
      'a C1 control in the description',
      { name: 'Tent', weightMg: 1, description: '\u0085' },
      'input.description',
    ],
    ['a line break in the single-line name', { name: 'Tent\nStakes', weightMg: 1 }, 'input.name'],
    ['DEL in a category id', { name: 'Tent', weightMg: 1, categoryId: '\u007f' }, 'input.categoryId'],
  ])('refuses %s in a variable, and writes nothing', async (_case, input, field) => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    expectRefused(
      await postGraphQL(graphqlUrl, CREATE_ITEM, { token: accessToken, variables: { input } }),
      field,
    );

    const library = await postGraphQL<{ me: { items: { totalCount: number } } }>(
      graphqlUrl,
      '{ me { items { totalCount } } }',
      { token: accessToken },
    );
    expect(library.data?.me.items.totalCount).toBe(0);
  });

  it('keeps line breaks and TAB in multi-line notes, and emoji everywhere', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    const notes = 'line 1\r\nline 2\tindented 🏕️';
    const result = await postGraphQL<{ createItem: { notes: string } }>(graphqlUrl, CREATE_ITEM, {
      token: accessToken,
      variables: { input: { name: 'Zelt 🏕️', weightMg: 1, notes } },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createItem.notes).toBe(notes);
  });

  it('refuses control characters in nested field arguments and in preferences', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    const search = await postGraphQL(
      graphqlUrl,
      'query ($s: String) { me { items(filter: { search: $s }) { totalCount } } }',
      {
        token: accessToken,
        variables: { s: 'a\u0000' },
      },
    );
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });

    const preferences = await postGraphQL(
      graphqlUrl,
      'mutation ($input: UpdatePreferencesInput!) { updatePreferences(input: $input) { locale } }',
      { token: accessToken, variables: { input: { locale: 'en-GB\u0000' } } },
    );
    expectRefused(preferences, 'input.locale');
  });
});
