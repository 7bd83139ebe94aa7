import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

const PREFERENCES_FIELDS = /* GraphQL */ `
  fragment AllPreferences on Preferences {
    weightUnit
    showPoundsAndOunces
    theme
    currency
    locale
    checklist {
      hidePacked
      sortOrder
    }
    palette {
      name
      categoryColorOrder
    }
    onboarding {
      completedSteps
    }
  }
`;

const MY_PREFERENCES = /* GraphQL */ `
  query MyPreferences {
    me {
      preferences {
        ...AllPreferences
      }
    }
  }
  ${PREFERENCES_FIELDS}
`;

const UPDATE = /* GraphQL */ `
  mutation UpdatePreferences($input: UpdatePreferencesInput!) {
    updatePreferences(input: $input) {
      ...AllPreferences
    }
  }
  ${PREFERENCES_FIELDS}
`;

interface PreferencesData {
  weightUnit: string;
  theme: string;
  currency: string;
  locale: string;
  checklist: { hidePacked: boolean; sortOrder: string };
  onboarding: { completedSteps: string[] };
  [field: string]: unknown;
}

async function myPreferences(graphqlUrl: string, token: string): Promise<PreferencesData> {
  const result = await postGraphQL<{ me: { preferences: PreferencesData } }>(graphqlUrl, MY_PREFERENCES, {
    token,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.me.preferences;
}

function update(graphqlUrl: string, token: string, input: Record<string, unknown>) {
  return postGraphQL<{ updatePreferences: PreferencesData }>(graphqlUrl, UPDATE, {
    token,
    variables: { input },
  });
}

describe('preferences through the router', () => {
  it('a new account reads the defaults', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);

    await expect(myPreferences(graphqlUrl, accessToken)).resolves.toEqual({
      weightUnit: 'G',
      showPoundsAndOunces: false,
      theme: 'SYSTEM',
      currency: 'USD',
      locale: 'en-US',
      checklist: { hidePacked: false, sortOrder: 'CATEGORY' },
      palette: { name: 'DEFAULT', categoryColorOrder: [] },
      onboarding: { completedSteps: [] },
    });
  });

  it('a partial update changes the named settings and normalises currency and locale', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);

    const result = await update(graphqlUrl, accessToken, {
      weightUnit: 'LB',
      showPoundsAndOunces: true,
      currency: 'chf',
      locale: 'fr-ch',
      palette: { name: 'PASTEL', categoryColorOrder: [4, 2] },
    });

    expect(result.errors).toBeUndefined();
    await expect(myPreferences(graphqlUrl, accessToken)).resolves.toMatchObject({
      weightUnit: 'LB',
      showPoundsAndOunces: true,
      theme: 'SYSTEM',
      currency: 'CHF',
      locale: 'fr-CH',
      palette: { name: 'PASTEL', categoryColorOrder: [4, 2] },
    });
  });

  it('refuses bad values with BAD_USER_INPUT naming the input field, and changes nothing', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);

    const badCurrency = await update(graphqlUrl, accessToken, { theme: 'DARK', currency: 'DOUBLOON' });
    const badPalette = await update(graphqlUrl, accessToken, { palette: { categoryColorOrder: [12] } });

    expect(badCurrency.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.currency',
    });
    expect(badPalette.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.palette.categoryColorOrder',
    });
    expect(JSON.stringify(badCurrency.errors)).not.toMatch(/at .+\.(js|ts):\d+/); // no stack trace
    await expect(myPreferences(graphqlUrl, accessToken)).resolves.toMatchObject({
      theme: 'SYSTEM',
      currency: 'USD',
    });
  });

  it('keeps every one of concurrent updates of different fields', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);

    const results = await Promise.all([
      update(graphqlUrl, accessToken, { weightUnit: 'KG' }),
      update(graphqlUrl, accessToken, { theme: 'DARK' }),
      update(graphqlUrl, accessToken, { locale: 'en-GB' }),
      update(graphqlUrl, accessToken, { checklist: { hidePacked: true } }),
      update(graphqlUrl, accessToken, { checklist: { sortOrder: 'WEIGHT' } }),
      update(graphqlUrl, accessToken, { onboarding: { complete: ['WELCOME'] } }),
      update(graphqlUrl, accessToken, { onboarding: { complete: ['FIRST_ITEM'] } }),
    ]);

    for (const result of results) expect(result.errors).toBeUndefined();
    const stored = await myPreferences(graphqlUrl, accessToken);
    expect(stored).toMatchObject({
      weightUnit: 'KG',
      theme: 'DARK',
      locale: 'en-GB',
      checklist: { hidePacked: true, sortOrder: 'WEIGHT' },
    });
    expect([...stored.onboarding.completedSteps].sort()).toEqual(['FIRST_ITEM', 'WELCOME']);
  });
});
