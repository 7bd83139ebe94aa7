import { createAccessTokenVerifier } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthServices } from '../auth-services.js';
import { AUDIENCE, ISSUER, scratchAuth } from '../testing/scratch-database.js';

let close: (() => Promise<void>) | undefined;
let services: AuthServices;

beforeAll(async () => {
  ({ services, close } = await scratchAuth());
});
afterAll(async () => {
  await close?.();
});

async function fieldOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return (error as GraphQLError).extensions['field'] ?? (error as GraphQLError).extensions['code'];
}

describe('PersonalTokenService', () => {
  it('creates a scoped token that verifies as a personal caller, lists it, and revokes it onto the feed', async () => {
    const { user } = await services.accounts.signUp('pat-owner@example.org', 'a long enough passphrase');
    const verify = createAccessTokenVerifier({
      keys: services.keys.keyResolver(),
      issuer: ISSUER,
      audience: AUDIENCE,
    });

    const { token, personalAccessToken } = await services.personalTokens.create(user.id, {
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
    expect((await services.personalTokens.list(user.id)).map((entry) => entry.id)).toEqual([
      personalAccessToken.id,
    ]);

    await services.personalTokens.revoke(user.id, personalAccessToken.id);
    expect((await services.revocations.snapshot()).jtis).toContain(personalAccessToken.id);
    const other = await services.accounts.signUp('pat-stranger@example.org', 'a long enough passphrase');
    expect(await fieldOf(services.personalTokens.revoke(other.user.id, personalAccessToken.id))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input naming the field', async () => {
    const { user } = await services.accounts.startGuest();
    const create = (input: { name: string; scopes: string[]; expiresInDays: number }) =>
      services.personalTokens.create(user.id, input);

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
