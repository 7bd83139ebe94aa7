import { expect } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL, type GraphQLResponse } from '../support/graphql-client.js';

/** A signed-up user with helpers to call the router as them (shared by the packing-* scenarios). */
export interface PackingUser {
  id: string;
  accessToken: string;
  /** The full response, errors included. */
  raw<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** The data; fails the test on any error. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Set-up: creates one of the user's items, categories, lists or packs and resolves to its id. */
  createItem(input: Record<string, unknown>): Promise<string>;
  createCategory(name: string, colorIndex: number): Promise<string>;
  createList(input: Record<string, unknown>): Promise<string>;
  createPack(input: Record<string, unknown>): Promise<string>;
}

export async function packingUser(graphqlUrl: string): Promise<PackingUser> {
  const { accessToken } = await signUp(graphqlUrl);
  // The router rate-limits each user (issue 4); a scenario that seeds a lot waits as a client
  // would: for the Retry-After the router names, a few times at most.
  const raw = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    for (let attempt = 0; ; attempt += 1) {
      const response = await postGraphQL<T>(graphqlUrl, query, { token: accessToken, variables });
      const retryAfter = response.errors?.[0]?.extensions?.['retryAfter'];
      if (response.status !== 429 || attempt >= 5 || typeof retryAfter !== 'number') return response;
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    }
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await raw<T>(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data as T;
  };
  const me = await data<{ me: { id: string } }>('{ me { id } }');
  const created = async (field: string, document: string, variables: Record<string, unknown>) =>
    (await data<Record<string, { id: string }>>(document, variables))[field]!.id;
  return {
    id: me.me.id,
    accessToken,
    raw,
    data,
    createItem: (input) => created('createItem', CREATE_ITEM, { input }),
    createCategory: (name, colorIndex) =>
      created(
        'createCategory',
        'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
        { input: { name, colorIndex } },
      ),
    createList: (input) =>
      created('createList', 'mutation($input: CreateListInput!) { createList(input: $input) { id } }', {
        input,
      }),
    createPack: (input) =>
      created('createPack', 'mutation($input: CreatePackInput!) { createPack(input: $input) { id } }', {
        input,
      }),
  };
}

/** The first error's extensions, asserting there is one. */
export function firstError(response: GraphQLResponse<unknown>): Record<string, unknown> {
  const error = response.errors?.[0];
  expect(error, JSON.stringify(response)).toBeDefined();
  return { message: error?.message, ...error?.extensions };
}

export const CREATE_ITEM = /* GraphQL */ `
  mutation CreateItem($input: CreateItemInput!) {
    createItem(input: $input) {
      id
      version
    }
  }
`;
