import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

const CREATE_ITEM = /* GraphQL */ `
  mutation CreateItem($input: CreateItemInput!) {
    createItem(input: $input) {
      id
    }
  }
`;

describe('bad input through the router', () => {
  it('names the offending field with BAD_USER_INPUT and shows no internals', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);

    const result = await postGraphQL(graphqlUrl, CREATE_ITEM, {
      token: accessToken,
      variables: { input: { name: 'Anvil', weightMg: -5 } },
    });
    expect(result.data ?? null).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('input.weightMg');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\bat .+\.js:\d+/i);
  });

  it('rejects a too-short password at sign-up, naming the field', async () => {
    const { graphqlUrl } = inject('stack');
    const result = await postGraphQL(
      graphqlUrl,
      /* GraphQL */ `
        mutation SignUp($input: SignUpInput!) {
          signUp(input: $input) {
            accessToken
          }
        }
      `,
      { variables: { input: { email: 'short-password@example.com', password: 'short' } } },
    );
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toMatch(/password/);
  });

  it('refuses a custom scalar of the wrong type (Date) as BAD_USER_INPUT, relayed from the subgraph that checks it', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    const result = await postGraphQL(
      graphqlUrl,
      'mutation ($input: CreateTripInput!) { createTrip(input: $input) { id } }',
      { token: accessToken, variables: { input: { name: 'Ridge walk', endDate: 34 } } },
    );
    expect(result.status).toBeLessThan(500);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
