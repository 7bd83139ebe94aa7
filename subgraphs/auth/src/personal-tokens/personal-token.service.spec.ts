import { createAccessTokenVerifier } from '@packyourbag/service-kit';
import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER } from '../testing/scratch-database.js';
import { rejectionOf, useScratchAuth } from '../testing/use-scratch-auth.js';

const auth = useScratchAuth();

const fieldOf = async (promise: Promise<unknown>) => {
  const { extensions } = await rejectionOf(promise);
  return extensions['field'] ?? extensions['code'];
};

describe('PersonalTokenService', () => {
  it('creates a scoped token that verifies as a personal caller, lists it, and revokes it onto the feed', async () => {
    const { user } = await auth.services.accounts.signUp('pat-owner@example.org', 'a long enough passphrase');
    const verify = createAccessTokenVerifier({
      keys: auth.services.keys.keyResolver(),
      issuer: ISSUER,
      audience: AUDIENCE,
    });

    const { token, personalAccessToken } = await auth.services.personalTokens.create(user.id, {
      name: ' ci ',
      scopes: ['packing:read', 'packing:read'],
      expiresInDays: 2,
    });

    expect(personalAccessToken).toMatchObject({ name: 'ci', scopes: ['packing:read'], revokedAt: null });
    await expect(verify(token)).resolves.toMatchObject({
      userId: user.id,
      tokenId: personalAccessToken.id,
      kind: 'personal',
      scopes: new Set(['packing:read']),
    });
    expect((await auth.services.personalTokens.list(user.id)).map((entry) => entry.id)).toEqual([
      personalAccessToken.id,
    ]);

    await auth.services.personalTokens.revoke(user.id, personalAccessToken.id);
    expect((await auth.services.revocations.snapshot()).jtis).toContain(personalAccessToken.id);
    const other = await auth.services.accounts.signUp('pat-stranger@example.org', 'a long enough passphrase');
    expect(await fieldOf(auth.services.personalTokens.revoke(other.user.id, personalAccessToken.id))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input naming the field', async () => {
    const { user } = await auth.services.accounts.startGuest();
    const create = (input: { name: string; scopes: string[]; expiresInDays: number }) =>
      auth.services.personalTokens.create(user.id, input);

    expect(await fieldOf(create({ name: '  ', scopes: ['packing:read'], expiresInDays: 1 }))).toBe(
      'input.name',
    );
    expect(await fieldOf(create({ name: 'x', scopes: [], expiresInDays: 1 }))).toBe('input.scopes');
    expect(await fieldOf(create({ name: 'x', scopes: ['root'], expiresInDays: 1 }))).toBe('input.scopes');
    expect(await fieldOf(create({ name: 'x', scopes: ['packing:read'], expiresInDays: 366 }))).toBe(
      'input.expiresInDays',
    );
    expect(await fieldOf(create({ name: 'x', scopes: ['packing:read'], expiresInDays: 1.5 }))).toBe(
      'input.expiresInDays',
    );
  });
});
