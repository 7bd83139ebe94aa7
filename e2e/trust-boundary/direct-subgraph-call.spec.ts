import { createHash, createHmac } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.js';
import '../support/stack-info.js';

const BODY = JSON.stringify({ query: '{ _service { sdl } }' });

/** The router's proof format (see service-kit router-proof), computed here with any secret. */
function proofHeaders(secret: string, body: string, timestampSeconds: number): Record<string, string> {
  const timestamp = String(timestampSeconds);
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return {
    'x-router-timestamp': timestamp,
    'x-router-proof': createHmac('sha256', secret).update(`${timestamp}.${bodyHash}`).digest('base64url'),
  };
}

async function postToPacking(headers: Record<string, string> = {}, body = BODY) {
  const { subgraphUrls } = inject('stack');
  const response = await fetch(subgraphUrls.packing, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const json = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: response.status, json };
}

const now = () => Math.floor(Date.now() / 1000);

describe('a subgraph reached directly', () => {
  it('refuses a request without the router’s proof with 401 and says to use the router', async () => {
    const { status, json } = await postToPacking();
    expect(status).toBe(401);
    expect(json.data).toBeUndefined();
    expect(json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(json.errors?.[0]?.message).toMatch(/router/i);
  });

  it('refuses a proof signed with another secret, even with a valid user token', async () => {
    const { graphqlUrl } = inject('stack');
    const { accessToken } = await signUp(graphqlUrl);
    const { status, json } = await postToPacking({
      ...proofHeaders('not-the-router-secret-but-long-enough-0123456789', BODY, now()),
      authorization: `Bearer ${accessToken}`,
    });
    expect(status).toBe(401);
    expect(json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(json.errors?.[0]?.message).toMatch(/invalid/i);
  });

  it('refuses a genuine proof that is stale', async () => {
    const { routerSecret } = inject('stack');
    const { status, json } = await postToPacking(proofHeaders(routerSecret, BODY, now() - 3600));
    expect(status).toBe(401);
    expect(json.errors?.[0]?.message).toMatch(/expired/i);
  });

  it('refuses a genuine proof replayed with another body', async () => {
    const { routerSecret } = inject('stack');
    const other = JSON.stringify({ query: '{ __typename }' });
    const { status } = await postToPacking(proofHeaders(routerSecret, BODY, now()), other);
    expect(status).toBe(401);
  });

  it('accepts the same request when the proof is genuine and fresh (the refusals above are about the proof)', async () => {
    const { routerSecret } = inject('stack');
    const { status, json } = await postToPacking(proofHeaders(routerSecret, BODY, now()));
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
  });
});
