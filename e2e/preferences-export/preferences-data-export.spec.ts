import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

const EXPORT = /* GraphQL */ `
  query MyDataExport {
    me {
      id
      dataExport {
        userId
        preferences
      }
    }
  }
`;

interface ExportData {
  me: { id: string; dataExport: { userId: string; preferences: Record<string, unknown> } };
}

describe('data export, preferences part', () => {
  it('carries every stored setting, marked as stored, for the caller', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    const changed = await postGraphQL(
      graphqlUrl,
      /* GraphQL */ `
        mutation {
          updatePreferences(input: { theme: DARK, checklist: { sortOrder: NAME } }) {
            theme
          }
        }
      `,
      { token: accessToken },
    );
    expect(changed.errors).toBeUndefined();

    const result = await postGraphQL<ExportData>(graphqlUrl, EXPORT, { token: accessToken });

    expect(result.errors).toBeUndefined();
    const me = result.data!.me;
    expect(me.dataExport.userId).toBe(me.id);
    expect(me.dataExport.preferences).toMatchObject({
      format: 'packyourbag.preferences/1',
      stored: true,
      preferences: {
        theme: 'DARK',
        weightUnit: 'G',
        checklist: { hidePacked: false, sortOrder: 'NAME' },
        onboarding: { completedSteps: [] },
      },
    });
  });

  it('says when nothing is stored (defaults only)', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);

    const result = await postGraphQL<ExportData>(graphqlUrl, EXPORT, { token: accessToken });

    expect(result.errors).toBeUndefined();
    expect(result.data!.me.dataExport.preferences).toMatchObject({
      stored: false,
      preferences: { theme: 'SYSTEM' },
    });
  });

  it('is refused without a signed-in caller', async () => {
    const { graphqlUrl } = inject('stack');

    const result = await postGraphQL(graphqlUrl, EXPORT);

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data?.me ?? null).toBeNull();
  });
});
