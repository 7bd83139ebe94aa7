import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWTVerifyGetKey,
} from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccessTokenVerifier, InvalidAccessTokenError } from './access-token-verifier.js';

const ISSUER = 'packyourbag-auth';
const AUDIENCE = 'packyourbag-api';
let privateKey: CryptoKey;
let localKeys: JWTVerifyGetKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  localKeys = createLocalJWKSet({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' }],
  });
});

afterEach(() => vi.useRealTimers());

const sign = (expiresInSeconds = 900, jti = 'token-1') => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: 'packing:read', sid: 'session-1' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('user-1')
    .setJti(jti)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(privateKey);
};

/** A verifier whose key lookups (one per signature verification) are counted. */
function countingVerifier(options: { isRevoked?: () => boolean; maxAgeMs?: number } = {}) {
  const lookups = { count: 0 };
  const verify = createAccessTokenVerifier({
    keys: (header, token) => {
      lookups.count += 1;
      return localKeys(header, token);
    },
    issuer: ISSUER,
    audience: AUDIENCE,
    ...(options.isRevoked ? { isRevoked: options.isRevoked } : {}),
    ...(options.maxAgeMs ? { verifiedCacheMaxAgeMs: options.maxAgeMs } : {}),
  });
  return { verify, lookups };
}

describe('verified-token cache', () => {
  it('verifies the signature of a token once, however often it comes back', async () => {
    const { verify, lookups } = countingVerifier();
    const token = await sign();
    for (let index = 0; index < 3; index += 1) {
      await expect(verify(token)).resolves.toMatchObject({ userId: 'user-1', tokenId: 'token-1' });
    }
    expect(lookups.count).toBe(1);
    await verify(await sign(900, 'token-2'));
    expect(lookups.count).toBe(2);
  });

  it('still refuses a remembered token once it expires (beyond the 30 s leeway)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { verify } = countingVerifier();
    const token = await sign(60);
    await expect(verify(token)).resolves.toMatchObject({ userId: 'user-1' });

    vi.advanceTimersByTime(89_000);
    await expect(verify(token)).resolves.toMatchObject({ userId: 'user-1' });
    vi.advanceTimersByTime(1_000);
    await expect(verify(token)).rejects.toThrow(new InvalidAccessTokenError('The access token has expired.'));
  });

  it('asks about revocation on every call, remembered or not', async () => {
    let revoked = false;
    const { verify, lookups } = countingVerifier({ isRevoked: () => revoked });
    const token = await sign();
    await expect(verify(token)).resolves.toBeDefined();
    revoked = true;
    await expect(verify(token)).rejects.toThrow('The access token has been revoked.');
    expect(lookups.count).toBe(1);
  });

  it('verifies the signature again once the verdict is older than verifiedCacheMaxAgeMs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { verify, lookups } = countingVerifier({ maxAgeMs: 60_000 });
    const token = await sign();
    await verify(token);
    vi.advanceTimersByTime(59_999);
    await verify(token);
    expect(lookups.count).toBe(1);
    vi.advanceTimersByTime(1);
    await verify(token);
    expect(lookups.count).toBe(2);
  });
});
