import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestStack, type GraphQLBody, type TestStack } from '../../test/fixtures/test-stack.js';

// The router's HTTP surface besides GraphQL (http/routes.ts, http/router-server.ts): the health
// probes, the CORS preflight, a subgraph down or too slow (SERVICE_UNAVAILABLE, 503), readiness,
// and the graceful shutdown.

const ME_WITH_PACKS = { query: 'query MyPacks { me { id email packs { name } } }' };

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

describe('health', () => {
  const health = (path: string) => fetch(new URL(path, stack.router.url));

  it('is live while the process runs', async () => {
    const response = await health('/health/live');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the supergraph is loaded and every subgraph is ready', async () => {
    const response = await health('/health/ready');

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      supergraphLoaded: true,
      subgraphs: { auth: 'ok', packing: 'ok' },
    });
  });
});

describe('with the warm-up on (decision 1495)', () => {
  let warming: TestStack;
  beforeAll(async () => {
    warming = await startTestStack({ config: { warmUp: { enabled: true, budgetMs: 10_000, rounds: 40 } } });
  });
  afterAll(() => warming.close());

  it('is not ready until its warm-up ran through the subgraphs, then ready', async () => {
    const ready = () => fetch(new URL('/health/ready', warming.router.url));
    const first = await ready();
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ status: 'unavailable', warmedUp: false });
    await vi.waitFor(async () => expect((await ready()).status).toBe(200), {
      timeout: 15_000,
      interval: 100,
    });
  });
});

describe('CORS', () => {
  it('answers a preflight for any origin (authentication is never by cookie)', async () => {
    const response = await fetch(stack.router.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://third-party.example', 'access-control-request-headers': 'authorization' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization');
  });
});

describe('when a subgraph is down', () => {
  let degraded: TestStack;
  beforeAll(async () => {
    degraded = await startTestStack({ config: { subgraphUrls: { packing: 'http://127.0.0.1:1/graphql' } } });
  });
  afterAll(() => degraded.close());

  it('answers SERVICE_UNAVAILABLE with 503 and Retry-After (an outage, retry later), masking the details', async () => {
    const response = await degraded.post(ME_WITH_PACKS);
    const text = await response.text();
    const body = JSON.parse(text) as GraphQLBody;

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(body.data).toEqual({ me: null });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toContain('127.0.0.1:1');
  });

  it('is not ready and names the subgraph', async () => {
    const response = await fetch(new URL('/health/ready', degraded.router.url));

    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      subgraphs: { auth: 'ok', packing: 'unavailable' },
    });
  });
});

describe('when a subgraph does not answer in time', () => {
  let slow: TestStack;
  beforeAll(async () => {
    slow = await startTestStack({ config: { subgraphTimeoutMs: 50 } });
  });
  afterAll(() => slow.close());

  it('answers SERVICE_UNAVAILABLE with 503 and Retry-After, not an internal error', async () => {
    const response = await slow.post({ query: '{ slow }' });
    const body = (await response.json()) as GraphQLBody;

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
  });
});

describe('shutdown', () => {
  it('finishes in-flight requests, then stops accepting', async () => {
    const stopping = await startTestStack();
    const inFlight = stopping.post({ query: '{ slow }' });
    await vi.waitFor(() => expect(stopping.auth.received).toHaveLength(1));

    const closed = stopping.close();
    const response = await inFlight;

    expect(((await response.json()) as GraphQLBody).data).toEqual({ slow: 'done' });
    await closed;
    await expect(fetch(new URL('/health/live', stopping.router.url))).rejects.toThrow();
  });
});
