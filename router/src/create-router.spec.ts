import { ROUTER_PROOF_HEADER, ROUTER_TIMESTAMP_HEADER, verifyRouterProof } from '@packyourbag/service-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../test/fixtures/test-subgraph.js';
import {
  INTERNAL_DETAIL,
  ROUTER_SECRET,
  startTestStack,
  type GraphQLBody,
  type TestStack,
} from '../test/fixtures/test-stack.js';
import { signHs256, tampered, unsignedToken } from '../test/fixtures/token-issuer.js';

const ME_WITH_PACKS = { query: 'query MyPacks { me { id email packs { name } } }' };

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.auth.received.length = 0;
  stack.packing.received.length = 0;
});

const allReceived = (): ReceivedRequest[] => [...stack.auth.received, ...stack.packing.received];

describe('forwarding to subgraphs', () => {
  it('signs every subgraph request with a proof over the exact bytes received', async () => {
    const response = await stack.post(ME_WITH_PACKS);
    const body = (await response.json()) as GraphQLBody;

    expect(body).toMatchObject({
      data: { me: { id: 'user-1', email: 'ada@example.com', packs: [{ name: 'Summer 3-day' }] } },
    });
    expect(stack.auth.received).toHaveLength(1);
    expect(stack.packing.received).toHaveLength(1);
    for (const request of allReceived()) {
      const proof = {
        secret: ROUTER_SECRET,
        proof: request.headers[ROUTER_PROOF_HEADER] as string,
        timestamp: request.headers[ROUTER_TIMESTAMP_HEADER] as string,
      };
      expect(verifyRouterProof({ ...proof, body: request.rawBody })).toEqual({ ok: true });
      // The proof is bound to the body: the same headers over other bytes are refused.
      expect(
        verifyRouterProof({ ...proof, body: Buffer.concat([request.rawBody, Buffer.from(' ')]) }),
      ).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('forwards the caller authorization unchanged, the request id and the client name', async () => {
    const token = await stack.issuer.sign();
    const response = await stack.post(ME_WITH_PACKS, {
      authorization: `Bearer ${token}`,
      'x-request-id': 'web-req.42',
      'apollographql-client-name': 'packyourbag-web',
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('web-req.42');
    expect(allReceived()).toHaveLength(2);
    for (const request of allReceived()) {
      expect(request.headers['authorization']).toBe(`Bearer ${token}`);
      expect(request.headers['x-request-id']).toBe('web-req.42');
      expect(request.headers['apollographql-client-name']).toBe('packyourbag-web');
    }
  });

  it('replaces an unsafe request id with a generated one, returned and forwarded', async () => {
    const response = await stack.post(ME_WITH_PACKS, { 'x-request-id': 'not ok; drop table' });
    const requestId = response.headers.get('x-request-id');

    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(stack.auth.received[0]?.headers['x-request-id']).toBe(requestId);
  });

  it('never authenticates from cookies: a token in a cookie makes an anonymous call', async () => {
    const token = await stack.issuer.sign();
    const response = await stack.post(ME_WITH_PACKS, { cookie: `access_token=${token}` });

    expect(response.status).toBe(200);
    expect(stack.auth.received[0]?.headers['authorization']).toBeUndefined();
  });

  it('logs one line per request with operation name, status, duration and request id', async () => {
    await stack.post(ME_WITH_PACKS, { 'x-request-id': 'log-line-1' });

    const lines = stack.logs.filter((line) => line.requestId === 'log-line-1' && line.msg === 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ operationName: 'MyPacks', status: 200, path: '/graphql', level: 30 });
    expect(typeof lines[0]?.['durationMs']).toBe('number');
  });
});

describe('caller verification at the edge', () => {
  it('lets a valid RS256 token through', async () => {
    const response = await stack.post(ME_WITH_PACKS, {
      authorization: `Bearer ${await stack.issuer.sign()}`,
    });

    expect(response.status).toBe(200);
    expect(((await response.json()) as GraphQLBody).errors).toBeUndefined();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const invalidTokens: [string, () => Promise<string> | string][] = [
    ['malformed', () => 'not-a-jwt'],
    ['expired', () => stack.issuer.sign({ issuedAt: now() - 3600, expiresAt: now() - 600 })],
    ['tampered', async () => tampered(await stack.issuer.sign())],
    ['unsigned (alg none)', () => unsignedToken()],
    ['HS256', () => signHs256()],
    ['signed by an unknown key', () => stack.issuer.signWithUnknownKey()],
    ['for another audience', () => stack.issuer.sign({ claims: { aud: 'someone-else' } })],
    ['from another issuer', () => stack.issuer.sign({ claims: { iss: 'evil' } })],
  ];

  it.each(invalidTokens)(
    'refuses a %s token with 401 UNAUTHENTICATED and calls no subgraph',
    async (_label, make) => {
      const response = await stack.post(ME_WITH_PACKS, { authorization: `Bearer ${await make()}` });
      const body = (await response.json()) as GraphQLBody;

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(body.errors?.[0]?.message).toMatch(/access token/);
      expect(allReceived()).toHaveLength(0);
    },
  );

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await stack.post(ME_WITH_PACKS, { authorization: 'Basic dXNlcjpwYXNz' });

    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
    expect(allReceived()).toHaveLength(0);
  });
});

describe('errors', () => {
  it('masks internal errors and logs their details with the request id', async () => {
    const response = await stack.post({ query: '{ boom }' }, { 'x-request-id': 'masked-1' });
    const text = await response.text();
    const body = JSON.parse(text) as GraphQLBody;

    expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('stacktrace');
    const logged = stack.logs.find((line) => line.requestId === 'masked-1' && line.level === 50);
    expect(JSON.stringify(logged)).toContain(INTERNAL_DETAIL);
  });

  it('keeps caller errors (validation) readable, with their code', async () => {
    const response = await stack.post({ query: '{ nope }' }, { accept: 'application/graphql-response+json' });
    const body = (await response.json()) as GraphQLBody;

    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('nope');
  });

  it('answers an unparseable JSON body with 400 BAD_REQUEST', async () => {
    const response = await fetch(stack.router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });

    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });
});

describe('the legacy application/json media type', () => {
  it('answers GraphQL request errors with 200 under the legacy application/json media type', async () => {
    const response = await stack.post({ query: '{ nope }' }, { accept: 'application/json' });

    expect(response.status).toBe(200);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});

describe('@authenticated and @requiresScopes at the edge', () => {
  it('refuses an anonymous caller before planning, naming the path, with no subgraph call', async () => {
    const response = await stack.post({ query: '{ me { id } secret }' });
    const body = (await response.json()) as {
      errors: { extensions: Record<string, unknown> }[];
      data?: unknown;
    };

    expect(response.status).toBe(401);
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', paths: ['secret'] });
    expect(body.data).toBeUndefined();
    expect(allReceived()).toHaveLength(0);
  });

  it('refuses a signed-in caller without the scope with FORBIDDEN and the scopes it needs', async () => {
    const token = await stack.issuer.sign({ claims: { scope: 'packing:read' } });
    const response = await stack.post({ query: '{ secret audit }' }, { authorization: `Bearer ${token}` });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };

    expect(response.status).toBe(403);
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      paths: ['audit'],
      requiredScopes: { audit: [['audit:read']] },
    });
    expect(allReceived()).toHaveLength(0);
  });

  it('serves the same fields to a caller that holds the scope', async () => {
    const token = await stack.issuer.sign({ claims: { scope: 'audit:read' } });
    const response = await stack.post({ query: '{ secret audit }' }, { authorization: `Bearer ${token}` });

    expect(((await response.json()) as GraphQLBody).data).toEqual({
      secret: 'for signed-in callers',
      audit: 'for audit:read',
    });
  });
});
