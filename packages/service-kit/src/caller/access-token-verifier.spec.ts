import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearerToken,
  createAccessTokenVerifier,
  InvalidAccessTokenError,
  type AccessTokenVerifier,
} from './access-token-verifier.js';

const ISSUER = 'packyourbag-auth';
const AUDIENCE = 'packyourbag-api';
const KID = 'key-1';

let privateKey: CryptoKey;
let publicKey: CryptoKey;
let jwks: JSONWebKeySet;
let verify: AccessTokenVerifier;

beforeAll(async () => {
  ({ privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true }));
  jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' }] };
  verify = createAccessTokenVerifier({
    keys: createLocalJWKSet(jwks),
    issuer: ISSUER,
    audience: AUDIENCE,
  });
});

const now = () => Math.floor(Date.now() / 1000);

interface TokenOptions {
  claims?: JWTPayload;
  issuer?: string;
  audience?: string;
  issuedAt?: number;
  expiresAt?: number;
  jti?: string | null;
  kid?: string;
  key?: CryptoKey;
}

function sign(options: TokenOptions = {}): Promise<string> {
  const issuedAt = options.issuedAt ?? now();
  const jwt = new SignJWT({ scope: 'packing:read preferences:write', sid: 'session-1', ...options.claims })
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID, typ: 'at+jwt' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('user-1')
    .setIssuedAt(issuedAt)
    .setExpirationTime(options.expiresAt ?? issuedAt + 900);
  if (options.jti !== null) jwt.setJti(options.jti ?? 'token-1');
  return jwt.sign(options.key ?? privateKey);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function refusal(token: string): Promise<unknown> {
  return verify(token).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('access token verifier', () => {
  it('turns a valid token into the caller it names', async () => {
    const caller = await verify(await sign());

    expect(caller).toEqual({
      userId: 'user-1',
      tokenId: 'token-1',
      sessionId: 'session-1',
      scopes: new Set(['packing:read', 'preferences:write']),
      kind: 'session',
    });
  });

  it('marks a token with token_use "pat" as a personal access token', async () => {
    const caller = await verify(await sign({ claims: { sid: undefined, token_use: 'pat' } }));

    expect(caller.kind).toBe('personal');
    expect(caller).not.toHaveProperty('sessionId');
  });

  it('refuses a valid token the isRevoked hook names, and asks it only about valid tokens', async () => {
    const asked: string[] = [];
    const revoking = createAccessTokenVerifier({
      keys: createLocalJWKSet(jwks),
      issuer: ISSUER,
      audience: AUDIENCE,
      isRevoked: (caller) => {
        asked.push(caller.tokenId);
        return Promise.resolve(caller.tokenId === 'revoked');
      },
    });

    await expect(revoking(await sign({ jti: 'fine' }))).resolves.toMatchObject({ tokenId: 'fine' });
    const error = await revoking(await sign({ jti: 'revoked' })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidAccessTokenError);
    expect((error as Error).message).toMatch(/revoked/);
    await revoking(await sign({ audience: 'elsewhere', jti: 'invalid' })).catch(() => undefined);
    expect(asked).toEqual(['fine', 'revoked']);
  });

  it('leaves sessionId out and scopes empty when the token carries neither sid nor scope', async () => {
    const caller = await verify(await sign({ claims: { sid: undefined, scope: undefined } }));

    expect(caller).not.toHaveProperty('sessionId');
    expect(caller.scopes.size).toBe(0);
  });

  it('accepts a token that expired within the 30 s leeway', async () => {
    const issuedAt = now() - 900;
    await expect(verify(await sign({ issuedAt, expiresAt: now() - 10 }))).resolves.toMatchObject({
      userId: 'user-1',
    });
  });

  it('refuses a token that expired beyond the leeway', async () => {
    const issuedAt = now() - 900;
    expect(await refusal(await sign({ issuedAt, expiresAt: now() - 31 }))).toBeInstanceOf(
      InvalidAccessTokenError,
    );
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await sign()).split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JWTPayload;
    const forged = base64url({ ...claims, sub: 'someone-else' });

    expect(await refusal(`${header}.${forged}.${signature}`)).toBeInstanceOf(InvalidAccessTokenError);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const payload = { iss: ISSUER, aud: AUDIENCE, sub: 'user-1', jti: 't', iat: now(), exp: now() + 900 };

    expect(await refusal(`${base64url({ alg: 'none' })}.${base64url(payload)}.`)).toBeInstanceOf(
      InvalidAccessTokenError,
    );
    expect(await refusal(`${base64url({ alg: 'none', kid: KID })}.${base64url(payload)}.`)).toBeInstanceOf(
      InvalidAccessTokenError,
    );
  });

  it('refuses HS256 tokens keyed with the public key (algorithm confusion)', async () => {
    const payload = { scope: 'packing:write', sid: 's', jti: 't' };
    const hmacSecrets = [
      new TextEncoder().encode(await exportSPKI(publicKey)),
      new TextEncoder().encode(JSON.stringify(jwks.keys[0])),
    ];
    for (const secret of hmacSecrets) {
      const token = await new SignJWT(payload)
        .setProtectedHeader({ alg: 'HS256', kid: KID })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('user-1')
        .setIssuedAt()
        .setExpirationTime('15m')
        .sign(secret);

      expect(await refusal(token)).toBeInstanceOf(InvalidAccessTokenError);
    }
  });

  it('refuses a token signed by a key that is not published', async () => {
    const stranger = await generateKeyPair('RS256');

    expect(await refusal(await sign({ key: stranger.privateKey, kid: 'unknown-kid' }))).toBeInstanceOf(
      InvalidAccessTokenError,
    );
    // A stranger's key claiming a published kid fails on the signature instead.
    expect(await refusal(await sign({ key: stranger.privateKey }))).toBeInstanceOf(InvalidAccessTokenError);
  });

  it('refuses a token for another audience', async () => {
    expect(await refusal(await sign({ audience: 'someone-elses-api' }))).toBeInstanceOf(
      InvalidAccessTokenError,
    );
  });

  it('refuses a token from another issuer', async () => {
    expect(await refusal(await sign({ issuer: 'evil-auth' }))).toBeInstanceOf(InvalidAccessTokenError);
  });

  it('refuses a token without a jti', async () => {
    expect(await refusal(await sign({ jti: null }))).toBeInstanceOf(InvalidAccessTokenError);
  });

  it('refuses malformed strings', async () => {
    for (const token of ['', 'not-a-jwt', 'a.b.c', `${base64url({ alg: 'RS256' })}.!!!.`]) {
      expect(await refusal(token)).toBeInstanceOf(InvalidAccessTokenError);
    }
  });

  describe('with a JWKS URL', () => {
    let server: Server;
    let jwksRequests = 0;

    beforeAll(async () => {
      server = createServer((_request, response) => {
        jwksRequests += 1;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the keys once and reuses them', async () => {
      const { port } = server.address() as AddressInfo;
      const remote = createAccessTokenVerifier({
        keys: new URL(`http://127.0.0.1:${port}/.well-known/jwks.json`),
        issuer: ISSUER,
        audience: AUDIENCE,
      });

      await expect(remote(await sign())).resolves.toMatchObject({ userId: 'user-1' });
      await expect(remote(await sign({ jti: 'token-2' }))).resolves.toMatchObject({ tokenId: 'token-2' });
      expect(jwksRequests).toBe(1);
    });
  });
});

describe('bearerToken', () => {
  it('extracts the token from a Bearer header, whatever the scheme capitals', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('Bearer   abc.def.ghi  ')).toBe('abc.def.ghi');
  });

  it('gives undefined for anything else', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Bearer ')).toBeUndefined();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Bearer two tokens')).toBeUndefined();
    expect(bearerToken('abc.def.ghi')).toBeUndefined();
  });
});
