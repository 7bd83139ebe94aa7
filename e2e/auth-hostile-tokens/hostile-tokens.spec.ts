import { generateKeyPair, SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { AuthClient } from '../auth-support/auth-client.js';
import { createTestSigner, type TestSigner } from '@packyourbag/auth/testing';
import { randomClientIp } from '../support/forwarded-client.js';

const { graphqlUrl, subgraphUrls, serviceDatabaseUrls } = inject('stack');
const auth = new AuthClient({ graphqlUrl, ip: randomClientIp() });
const authBase = subgraphUrls.auth.replace(/\/graphql$/, '');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

let valid: string;
let claims: Record<string, unknown>;
let kid: string;
/** Signs with auth's real key (genuine signatures over claims that are wrong in one way). */
let realSign: TestSigner;

beforeAll(async () => {
  valid = (await auth.signUp()).accessToken;
  claims = decodeJwt(valid) as Record<string, unknown>;
  kid = decodeProtectedHeader(valid).kid as string;
  realSign = await createTestSigner(serviceDatabaseUrls.auth);
});

async function refused(token: string): Promise<void> {
  const result = await auth.call('{ me { id } }', {}, token);
  expect(result.status).toBe(401);
  expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  expect(JSON.stringify(result)).not.toMatch(/stack|at .*\.ts/);
}

describe('hostile access tokens at the router', () => {
  it('accepts the genuine token (control)', async () => {
    expect((await auth.whoAmI(valid)).id).toBe(claims['sub']);
  });

  it('refuses a malformed token', async () => {
    for (const token of ['garbage', 'a.b.c', `${b64({ alg: 'RS256' })}.!!!.x`]) await refused(token);
  });

  it('refuses an expired token signed with the real key', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await auth.whoAmI(await realSign({ ...claims, jti: 'fresh', exp: now + 600 }))).id).toBe(
      claims['sub'],
    );
    await refused(await realSign({ ...claims, iat: now - 2000, exp: now - 1000 }));
  });

  it('refuses a tampered token (claims changed after signing)', async () => {
    const [header, , signature] = valid.split('.');
    await refused(
      `${header}.${b64({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })}.${signature}`,
    );
    await refused(`${header}.${b64({ ...claims, scope: 'packing:read packing:write admin' })}.${signature}`);
  });

  it('refuses alg: none', async () => {
    await refused(`${b64({ alg: 'none', kid })}.${b64(claims)}.`);
    await refused(`${b64({ alg: 'none' })}.${b64(claims)}.`);
  });

  it('refuses HS256 signed with the public key', async () => {
    const jwks = (await (await fetch(`${authBase}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
    for (const secret of [JSON.stringify(jwks.keys[0]), JSON.stringify(jwks)]) {
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', kid })
        .sign(new TextEncoder().encode(secret));
      await refused(token);
    }
  });

  it('refuses a wrong kid, and a stranger key claiming the real kid', async () => {
    const stranger = await generateKeyPair('RS256');
    await refused(
      await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'unknown-kid' })
        .sign(stranger.privateKey),
    );
    await refused(
      await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(stranger.privateKey),
    );
  });

  it('refuses a wrong audience or issuer, signed with the real key', async () => {
    await refused(await realSign({ ...claims, aud: 'someone-elses-api' }));
    await refused(await realSign({ ...claims, iss: 'evil-auth' }));
  });
});
