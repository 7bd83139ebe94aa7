import { randomBytes, randomUUID } from 'node:crypto';
import { createAccessTokenVerifier, InvalidAccessTokenError } from '@packyourbag/service-kit';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type AuthDatabase } from '../database/create-prisma-client.js';
import { SigningKeyStore } from '../signing-keys/signing-key-store.js';
import { AccessTokenIssuer } from './access-token-issuer.js';
import { createMigratedDatabase } from '../testing/scratch-database.js';

const ISSUER = 'packyourbag-auth';
const AUDIENCE = 'packyourbag-api';
const TTL_SECONDS = 600;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let drop: (() => Promise<void>) | undefined;
let database: AuthDatabase;
let keys: SigningKeyStore;
let issuer: AccessTokenIssuer;

beforeAll(async () => {
  const scratch = await createMigratedDatabase();
  drop = scratch.drop;
  database = createPrismaClient(scratch.url);
  keys = new SigningKeyStore({ database, keyEncryptionKey: randomBytes(32), retiredKeyGraceSeconds: 660 });
  await keys.load();
  issuer = new AccessTokenIssuer({ keys, issuer: ISSUER, audience: AUDIENCE, ttlSeconds: TTL_SECONDS });
});

afterAll(async () => {
  await database?.$disconnect();
  await drop?.();
});

describe('AccessTokenIssuer', () => {
  it('mints an RS256 token with the active kid and every claim services rely on', async () => {
    const userId = randomUUID();
    const sessionId = randomUUID();
    const before = Math.floor(Date.now() / 1000);
    const { token, expiresAt } = await issuer.issue(userId, sessionId, ['packing:read', 'packing:write']);
    const after = Math.floor(Date.now() / 1000);

    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', kid: keys.activeKey().kid, typ: 'at+jwt' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: userId,
      sid: sessionId,
      scope: 'packing:read packing:write',
      jti: expect.stringMatching(UUID),
    });
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.iat).toBeLessThanOrEqual(after);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(TTL_SECONDS);
    expect(expiresAt.getTime()).toBe((claims.exp ?? 0) * 1000);
  });

  it("verifies with the kit verifier over the store's published keys", async () => {
    const verify = createAccessTokenVerifier({
      keys: keys.keyResolver(),
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const userId = randomUUID();
    const { token } = await issuer.issue(userId, 'session-1', ['preferences:read']);

    await expect(verify(token)).resolves.toEqual({
      userId,
      sessionId: 'session-1',
      tokenId: decodeJwt(token).jti,
      scopes: new Set(['preferences:read']),
      kind: 'session',
    });
  });

  it('gives every token its own jti', async () => {
    const [first, second] = await Promise.all([
      issuer.issue('user', 'session', []),
      issuer.issue('user', 'session', []),
    ]);

    expect(decodeJwt(first.token).jti).not.toBe(decodeJwt(second.token).jti);
  });

  it('is not accepted by a verifier expecting another audience', async () => {
    const verify = createAccessTokenVerifier({
      keys: keys.keyResolver(),
      issuer: ISSUER,
      audience: 'other-api',
    });
    const { token } = await issuer.issue(randomUUID(), 'session', []);

    await expect(verify(token)).rejects.toBeInstanceOf(InvalidAccessTokenError);
  });

  it('mints a personal access token: token_use pat, its id as jti, its scopes, no sid, its expiry', async () => {
    const verify = createAccessTokenVerifier({
      keys: keys.keyResolver(),
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const userId = randomUUID();
    const tokenId = randomUUID();
    const expiresAt = new Date(Date.now() + 7 * 86_400_000);

    const { token, kid } = await issuer.issuePersonal(userId, tokenId, ['packing:read'], expiresAt);

    expect(kid).toBe(keys.activeKey().kid);
    expect(decodeJwt(token)).toMatchObject({
      token_use: 'pat',
      jti: tokenId,
      exp: Math.floor(expiresAt.getTime() / 1000),
    });
    expect(decodeJwt(token)).not.toHaveProperty('sid');
    await expect(verify(token)).resolves.toEqual({
      userId,
      tokenId,
      scopes: new Set(['packing:read']),
      kind: 'personal',
    });
    const key = await database.signingKey.findUniqueOrThrow({ where: { id: kid } });
    expect(key.latestExpiresAt?.getTime()).toBe(expiresAt.getTime());
  });
});
