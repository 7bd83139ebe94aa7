import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenVerifier } from '../caller/access-token-verifier.js';
import { REQUEST_ID_HEADER } from '../logging/logger.js';
import type { RequestContext } from '../request/request-context.js';
import { signRouterProof } from '../router-proof/router-proof.js';
import { metricsController } from './metrics-controller.js';
import { startSubgraph, type RunningSubgraph } from './start-subgraph.js';
import { subgraphImports } from './subgraph-imports.js';

// startSubgraph as every subgraph runs it (decision 1450): POST /graphql on the fast path in front
// of Nest, with the same trust boundary, body limit, context, error masking and outage code; the
// probes, /metrics and anything else still served by Nest's Express app.
const SECRET = 'a-router-secret-of-at-least-32-characters';
const ISSUER = 'packyourbag-auth';
const AUDIENCE = 'packyourbag-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LIMIT = 4096;

const contexts: RequestContext[] = [];
let failure: Error = new Error('not set');
let subgraph: RunningSubgraph;
let privateKey: CryptoKey;

/** The preferences SDL's mutation, answering with whatever the test set `failure` to. */
@Resolver('Mutation')
class FailingMutations {
  @Mutation('updatePreferences')
  updatePreferences(): never {
    throw failure;
  }
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' }] };
  const logger = pino({ level: 'silent' });

  @Module({
    imports: subgraphImports<RequestContext>({
      name: 'preferences',
      logger,
      readiness: async () => undefined,
      extendContext: (base) => {
        contexts.push(base);
        return base;
      },
    }),
    controllers: [metricsController({ metrics: async () => 'demo_total 1\n' })],
    providers: [FailingMutations],
  })
  class DemoSubgraphModule {}

  subgraph = await startSubgraph({
    module: DemoSubgraphModule,
    host: '127.0.0.1',
    port: 0,
    logger,
    routerSecret: SECRET,
    verifyAccessToken: createAccessTokenVerifier({
      keys: createLocalJWKSet(jwks),
      issuer: ISSUER,
      audience: AUDIENCE,
    }),
    bodyLimitBytes: LIMIT,
  });
});

afterAll(() => subgraph?.close());

function accessToken(): Promise<string> {
  return new SignJWT({ scope: 'preferences:read', sid: 'session-1' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('user-1')
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti('token-1')
    .sign(privateKey);
}

const BODY = JSON.stringify({ query: '{ __typename }' });

function post(headers: Record<string, string>, body = BODY, path = '/graphql'): Promise<Response> {
  return fetch(`${subgraph.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

async function expectRefused(response: Response, message: RegExp): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  const body = (await response.json()) as GraphQLBody;
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expect(body.errors?.[0]?.message).toMatch(message);
}

describe('a subgraph started with startSubgraph', () => {
  it('refuses unsigned, stale, tampered and wrongly keyed requests to /graphql with 401 UNAUTHENTICATED', async () => {
    await expectRefused(await post({}), /router/);
    await expectRefused(await post({ ...signRouterProof(SECRET, BODY, Date.now() - 120_000) }), /expired/);
    await expectRefused(
      await post({ ...signRouterProof(SECRET, BODY) }, JSON.stringify({ query: '{ _service { sdl } }' })),
      /invalid/,
    );
    await expectRefused(await post({ ...signRouterProof('x'.repeat(40), BODY) }), /invalid/);
    await expectRefused(
      await post({ ...signRouterProof(SECRET, BODY), authorization: 'Bearer not-a-token' }),
      /token/i,
    );
  });

  it('refuses the same way what it leaves to Express (another path, another content type)', async () => {
    await expectRefused(await post({}, BODY, '/graphql/'), /router/);
    await expectRefused(await post({ 'content-type': 'text/plain' }), /router/);
    await expectRefused(await fetch(`${subgraph.url}/anything`), /router/);
  });

  it('answers a signed request, with the context built from what the check verified', async () => {
    const token = await accessToken();
    const response = await post({
      ...signRouterProof(SECRET, BODY),
      authorization: `Bearer ${token}`,
      [REQUEST_ID_HEADER]: 'router-req-7',
      'x-client-ip': '203.0.113.7',
      'x-client-user-agent': 'Firefox',
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(contexts.at(-1)).toMatchObject({
      requestId: 'router-req-7',
      clientIp: '203.0.113.7',
      userAgent: 'Firefox',
      caller: { userId: 'user-1', sessionId: 'session-1', tokenId: 'token-1' },
    });
  });

  it('refuses a body over the limit, GraphQL-shaped with PAYLOAD_TOO_LARGE, and no stack', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'a'.repeat(LIMIT) } });

    const response = await post({ ...signRouterProof(SECRET, big) }, big);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The request body is larger than ${LIMIT} bytes.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', max: LIMIT },
        },
      ],
    });
  });

  it('refuses a signed body that is not JSON with BAD_REQUEST, and no stack', async () => {
    const response = await post({ ...signRouterProof(SECRET, '{nope') }, '{nope');

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('masks an unexpected resolver error and answers an outage with SERVICE_UNAVAILABLE', async () => {
    const mutation = JSON.stringify({ query: 'mutation { updatePreferences(input: {}) { currency } }' });

    failure = new Error('password=hunter2 in a stack trace');
    const masked = (await (
      await post({ ...signRouterProof(SECRET, mutation) }, mutation)
    ).json()) as GraphQLBody;
    failure = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const outage = (await (
      await post({ ...signRouterProof(SECRET, mutation) }, mutation)
    ).json()) as GraphQLBody;

    expect(masked.errors?.[0]?.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(masked)).not.toMatch(/hunter2|stacktrace/);
    expect(outage.errors?.[0]?.extensions['code']).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(outage)).not.toMatch(/ECONNREFUSED|5432/);
  });

  it('still serves /health/ready and /metrics from Nest, without a proof', async () => {
    const ready = await fetch(`${subgraph.url}/health/ready`);
    const metrics = await fetch(`${subgraph.url}/metrics`);

    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await metrics.text()).toBe('demo_total 1\n');
  });
});
