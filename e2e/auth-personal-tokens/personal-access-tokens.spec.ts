import { describe, expect, inject, it } from 'vitest';
import { AuthClient, errorCode, eventually } from '../auth-support/auth-client.js';
import { randomClientIp } from '../support/forwarded-client.js';

const { graphqlUrl } = inject('stack');
const auth = new AuthClient({ graphqlUrl, ip: randomClientIp() });

const CREATE = `mutation($input: CreatePersonalAccessTokenInput!) {
  createPersonalAccessToken(input: $input) { token personalAccessToken { id name scopes expiresAt revokedAt } }
}`;
const CREATE_ITEM = `mutation { createItem(input: { name: "Tent", weightMg: 1200000 }) { id } }`;
const ITEMS = '{ me { id items(first: 5) { nodes { name } } } }';

interface Created {
  createPersonalAccessToken: {
    token: string;
    personalAccessToken: { id: string; scopes: string[]; revokedAt: string | null };
  };
}

describe('personal access tokens', () => {
  it('a read-only token reads but cannot mutate (FORBIDDEN) nor manage the account', async () => {
    const owner = await auth.signUp();
    await auth.ok(CREATE_ITEM, {}, owner.accessToken);
    const created = await auth.ok<Created>(
      CREATE,
      { input: { name: 'read-only script', scopes: ['packing:read'], expiresInDays: 30 } },
      owner.accessToken,
    );
    const token = created.createPersonalAccessToken.token;

    const read = await auth.ok<{ me: { id: string; items: { nodes: Array<{ name: string }> } } }>(
      ITEMS,
      {},
      token,
    );
    expect(read.me.id).toBe(owner.user.id);
    expect(read.me.items.nodes.map((item) => item.name)).toEqual(['Tent']);

    const write = await auth.call(CREATE_ITEM, {}, token);
    expect(errorCode(write)).toBe('FORBIDDEN');
    expect(errorCode(await auth.call('{ me { sessions { id } } }', {}, token))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await auth.call(CREATE, { input: { name: 'x', scopes: ['packing:read'], expiresInDays: 1 } }, token),
      ),
    ).toBe('FORBIDDEN');
  });

  it('a write token can mutate; listing shows the tokens; revoked tokens stop within the refresh interval', async () => {
    const owner = await auth.signUp();
    const created = await auth.ok<Created>(
      CREATE,
      { input: { name: 'sync', scopes: ['packing:read', 'packing:write'], expiresInDays: 7 } },
      owner.accessToken,
    );
    const { token, personalAccessToken } = created.createPersonalAccessToken;
    await auth.ok(CREATE_ITEM, {}, token);

    const listed = await auth.ok<{ me: { personalAccessTokens: Array<{ id: string; name: string }> } }>(
      '{ me { personalAccessTokens { id name scopes createdAt expiresAt revokedAt } } }',
      {},
      owner.accessToken,
    );
    expect(listed.me.personalAccessTokens.map((entry) => entry.id)).toEqual([personalAccessToken.id]);
    expect(JSON.stringify(listed)).not.toContain(token);

    const revoked = await auth.ok<{ revokePersonalAccessToken: { revokedAt: string | null } }>(
      'mutation($id: ID!) { revokePersonalAccessToken(id: $id) { revokedAt } }',
      { id: personalAccessToken.id },
      owner.accessToken,
    );
    expect(revoked.revokePersonalAccessToken.revokedAt).not.toBeNull();
    // Auth checks its own database at once; the router and packing learn of the revocation from
    // the revocation feed on their next poll (1 s in test stacks, at most 60 s in production), so
    // each path is given the refresh bound, not assumed to agree at the same instant.
    expect(await eventually(async () => (await auth.whoAmI(token)).code === 'UNAUTHENTICATED')).toBe(true);
    expect(
      await eventually(async () => errorCode(await auth.call(CREATE_ITEM, {}, token)) === 'UNAUTHENTICATED'),
    ).toBe(true);
    expect((await auth.whoAmI(owner.accessToken)).id).toBe(owner.user.id);
  });

  it("refuses bad input, and another user's token is NOT_FOUND", async () => {
    const owner = await auth.signUp();
    const stranger = await auth.signUp();
    for (const [input, field] of [
      [{ name: '', scopes: ['packing:read'], expiresInDays: 1 }, 'input.name'],
      [{ name: 'x', scopes: ['admin'], expiresInDays: 1 }, 'input.scopes'],
      [{ name: 'x', scopes: [], expiresInDays: 1 }, 'input.scopes'],
      [{ name: 'x', scopes: ['packing:read'], expiresInDays: 366 }, 'input.expiresInDays'],
      [{ name: 'x', scopes: ['packing:read'], expiresInDays: 0 }, 'input.expiresInDays'],
    ] as const) {
      const result = await auth.call(CREATE, { input }, owner.accessToken);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const created = await auth.ok<Created>(
      CREATE,
      { input: { name: 'mine', scopes: ['preferences:read'], expiresInDays: 1 } },
      owner.accessToken,
    );
    const foreign = await auth.call(
      'mutation($id: ID!) { revokePersonalAccessToken(id: $id) { id } }',
      { id: created.createPersonalAccessToken.personalAccessToken.id },
      stranger.accessToken,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });
});
