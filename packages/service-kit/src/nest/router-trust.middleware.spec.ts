import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request } from 'express';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenVerifier } from '../caller/access-token-verifier.js';
import { REQUEST_ID_HEADER } from '../logging/logger.js';
import { signRouterProof, type RouterProofHeaders } from '../router-proof/router-proof.js';
import { createRouterTrustMiddleware, type TrustedRequest } from './router-trust.middleware.js';

const SECRET = 'a-router-secret-of-at-least-32-characters';
const ISSUER = 'packyourbag-auth';
const AUDIENCE = 'packyourbag-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: Server;
let baseUrl: string;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' }] };

  const app = express();
  // What startSubgraph does with Nest's rawBody option: keep the exact bytes the proof covers.
  app.use(
    express.json({
      verify: (request, _response, buffer) => {
        (request as TrustedRequest).rawBody = buffer;
      },
    }),
  );
  app.use(
    createRouterTrustMiddleware({
      routerSecret: SECRET,
      verifyAccessToken: createAccessTokenVerifier({
        keys: createLocalJWKSet(jwks),
        issuer: ISSUER,
        audience: AUDIENCE,
      }),
      logger: pino({ level: 'silent' }),
    }),
  );
  const echo = (request: Request, response: express.Response) => {
    const trusted = request as TrustedRequest;
    response.json({
      requestId: trusted.requestId,
      hasLogger: trusted.log !== undefined,
      clientIp: trusted.clientIp ?? null,
      userAgent: trusted.userAgent ?? null,
      caller: trusted.caller ? { ...trusted.caller, scopes: [...trusted.caller.scopes] } : null,
    });
  };
  app.get('/health/live', echo);
  app.post('/graphql', echo);
  app.get('/graphql', echo);

  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

function accessToken(audience = AUDIENCE): Promise<string> {
  return new SignJWT({ scope: 'packing:read', sid: 'session-1' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setSubject('user-1')
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti('token-1')
    .sign(privateKey);
}

const BODY = JSON.stringify({ query: '{ me { id } }' });

type RequestHeaders = Partial<RouterProofHeaders> & {
  authorization?: string;
  [REQUEST_ID_HEADER]?: string;
  'x-client-ip'?: string;
  'x-client-user-agent'?: string;
  'user-agent'?: string;
};

function post(headers: RequestHeaders, body = BODY): Promise<Response> {
  return fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers } as Record<string, string>,
    body,
  });
}

async function expectRefused(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
}

describe('router trust middleware', () => {
  it('refuses a request without the router proof with 401 UNAUTHENTICATED', async () => {
    const response = await post({});

    await expectRefused(response);
    expect(response.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  });

  it('refuses a proof signed for another body, or with another secret, or too old', async () => {
    await expectRefused(await post(signRouterProof(SECRET, '{"query":"{ other }"}')));
    await expectRefused(await post(signRouterProof('x'.repeat(40), BODY)));
    await expectRefused(await post(signRouterProof(SECRET, BODY, Date.now() - 120_000)));
  });

  it('lets a signed anonymous request through without a caller', async () => {
    const response = await post(signRouterProof(SECRET, BODY));

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ caller: null, hasLogger: true });
  });

  it("reads the end user's IP and user agent the router forwards, and ignores a malformed IP", async () => {
    const proof = signRouterProof(SECRET, BODY);
    const forwarded = await post({
      ...proof,
      'x-client-ip': '203.0.113.7',
      'x-client-user-agent': 'Firefox',
    });
    const fallback = await post({ ...proof, 'x-client-ip': 'not an ip; drop table', 'user-agent': 'curl/8' });

    expect(await forwarded.json()).toMatchObject({ clientIp: '203.0.113.7', userAgent: 'Firefox' });
    expect(await fallback.json()).toMatchObject({ clientIp: null, userAgent: 'curl/8' });
  });

  it('verifies a signed request with an empty body', async () => {
    const response = await fetch(`${baseUrl}/graphql`, { headers: { ...signRouterProof(SECRET, '') } });

    expect(response.status).toBe(200);
  });

  it('sets the caller from a valid bearer token', async () => {
    const response = await post({
      ...signRouterProof(SECRET, BODY),
      authorization: `Bearer ${await accessToken()}`,
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      caller: { userId: 'user-1', sessionId: 'session-1', tokenId: 'token-1', scopes: ['packing:read'] },
    });
  });

  it('refuses a signed request whose bearer token does not verify', async () => {
    const proof = signRouterProof(SECRET, BODY);

    await expectRefused(await post({ ...proof, authorization: 'Bearer not-a-token' }));
    await expectRefused(await post({ ...proof, authorization: `Bearer ${await accessToken('other-api')}` }));
  });

  it('serves /health/live without a proof', async () => {
    const response = await fetch(`${baseUrl}/health/live`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ caller: null });
  });

  it("keeps the router's request id and generates one when it is absent or unsafe", async () => {
    const proof = signRouterProof(SECRET, BODY);
    const kept = await post({ ...proof, [REQUEST_ID_HEADER]: 'router-req.42_a-b' });
    const generated = await post(proof);
    const unsafe = await post({ ...proof, [REQUEST_ID_HEADER]: 'bad id <script>' });
    const tooLong = await post({ ...proof, [REQUEST_ID_HEADER]: 'a'.repeat(129) });
    const refused = await post({ [REQUEST_ID_HEADER]: 'router-req-43' });

    expect(await kept.json()).toMatchObject({ requestId: 'router-req.42_a-b' });
    expect(await generated.json()).toMatchObject({ requestId: expect.stringMatching(UUID) });
    expect(await unsafe.json()).toMatchObject({ requestId: expect.stringMatching(UUID) });
    expect(await tooLong.json()).toMatchObject({ requestId: expect.stringMatching(UUID) });
    expect(refused.headers.get(REQUEST_ID_HEADER)).toBe('router-req-43');
  });
});
