import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

const CREATE_ITEM = /* GraphQL */ `
  mutation CreateItem($input: CreateItemInput!) {
    createItem(input: $input) {
      id
      name
      weightMg
    }
  }
`;

const SET_WEIGHT_UNIT = /* GraphQL */ `
  mutation SetWeightUnit($input: UpdatePreferencesInput!) {
    updatePreferences(input: $input) {
      weightUnit
    }
  }
`;

// Auth owns email, preferences adds preferences, packing adds items: the router plans across all three.
const ME = /* GraphQL */ `
  query Me {
    me {
      email
      preferences {
        weightUnit
      }
      items(first: 10) {
        nodes {
          name
          weightMg
        }
      }
    }
  }
`;

describe('an account across the three subgraphs', () => {
  it('signs up, creates an item, sets a preference, and reads it all back in one query', async () => {
    const { graphqlUrl } = inject('stack');
    const account = await signUp(graphqlUrl);
    const token = account.accessToken;

    const created = await postGraphQL<{ createItem: { name: string; weightMg: number } }>(
      graphqlUrl,
      CREATE_ITEM,
      {
        token,
        variables: { input: { name: 'Tent', weightMg: 1_200_000 } },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createItem).toMatchObject({ name: 'Tent', weightMg: 1_200_000 });

    const preference = await postGraphQL<{ updatePreferences: { weightUnit: string } }>(
      graphqlUrl,
      SET_WEIGHT_UNIT,
      {
        token,
        variables: { input: { weightUnit: 'KG' } },
      },
    );
    expect(preference.errors).toBeUndefined();
    expect(preference.data?.updatePreferences.weightUnit).toBe('KG');

    const me = await postGraphQL(graphqlUrl, ME, { token });
    expect(me.status).toBe(200);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({
      me: {
        email: account.email,
        preferences: { weightUnit: 'KG' },
        items: { nodes: [{ name: 'Tent', weightMg: 1_200_000 }] },
      },
    });
  });

  it('keeps one user’s data from another', async () => {
    const { graphqlUrl } = inject('stack');
    const first = await signUp(graphqlUrl);
    const second = await signUp(graphqlUrl);
    await postGraphQL(graphqlUrl, CREATE_ITEM, {
      token: first.accessToken,
      variables: { input: { name: 'Stove', weightMg: 80_000 } },
    });

    const me = await postGraphQL<{ me: { email: string; items: { nodes: unknown[] } } }>(graphqlUrl, ME, {
      token: second.accessToken,
    });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.email).toBe(second.email);
    expect(me.data?.me.items.nodes).toEqual([]);
  });

  it('answers `me` without a token with UNAUTHENTICATED', async () => {
    const { graphqlUrl } = inject('stack');
    const me = await postGraphQL(graphqlUrl, ME);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
