import { describe, expect, inject, it } from 'vitest';
import { accountWithDataEverywhere } from '../lifecycle-support/account-everywhere.js';
import '../support/stack-info.js';

const { graphqlUrl } = inject('stack');

const EXPORT = /* GraphQL */ `
  query Export {
    me {
      id
      dataExport {
        userId
        account
        packing
        preferences
      }
    }
  }
`;

interface Bundle {
  me: {
    id: string;
    dataExport: {
      userId: string;
      account: {
        format: string;
        profile: { id: string; email: string; isGuest: boolean; createdAt: string };
        sessions: unknown[];
        securityEvents: { type: string }[];
      };
      packing: {
        format: string;
        items: { name: string; weightMg: number }[];
        lists: { name: string; entries: unknown[] }[];
        packs: { name: string; listIds: string[] }[];
        trips: { name: string; checks: unknown[] }[];
        shareLinks: Record<string, unknown>[];
      };
      preferences: { format: string; stored: boolean; preferences: { theme: string; currency: string } };
    };
  };
}

describe('one query exports everything the user owns, from every service', () => {
  it('account, packing and preferences parts arrive in one JSON bundle through the router', async () => {
    const account = await accountWithDataEverywhere(graphqlUrl);

    const { me } = await account.data<Bundle>(EXPORT);

    const bundle = me.dataExport;
    expect(bundle.userId).toBe(account.id);
    expect(bundle.account).toMatchObject({
      format: 'packyourbag.account/1',
      profile: { id: account.id, email: account.email, isGuest: false },
    });
    expect(bundle.account.sessions).toHaveLength(2);
    expect(bundle.account.securityEvents.map((event) => event.type)).toEqual(
      expect.arrayContaining(['SIGN_UP', 'SIGN_IN']),
    );
    expect(bundle.packing.format).toBe('packyourbag.packing/1');
    expect(bundle.packing.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Tent', weightMg: 1_150_000 }),
        expect.objectContaining({ name: 'Stove', weightMg: 73_000 }),
      ]),
    );
    expect(bundle.packing.lists).toEqual([expect.objectContaining({ name: 'Overnight' })]);
    expect(bundle.packing.lists[0]!.entries).toHaveLength(2);
    expect(bundle.packing.packs).toEqual([expect.objectContaining({ name: 'Weekend' })]);
    expect(bundle.packing.trips).toEqual([expect.objectContaining({ name: 'Ridge walk' })]);
    expect(bundle.packing.trips[0]!.checks).toHaveLength(1);
    expect(bundle.packing.shareLinks).toHaveLength(1);
    expect(bundle.packing.shareLinks[0]).not.toHaveProperty('token');
    expect(bundle.preferences).toMatchObject({
      format: 'packyourbag.preferences/1',
      stored: true,
      preferences: { theme: 'DARK', currency: 'EUR' },
    });
    // Secrets never travel: no password hash, no token hash.
    expect(JSON.stringify(bundle)).not.toMatch(/scrypt|passwordHash|tokenHash/i);
  });
});
