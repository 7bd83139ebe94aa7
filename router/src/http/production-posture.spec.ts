import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envReader } from '@packyourbag/service-kit';
import { readRouterConfig } from '../config.js';
import { ROUTER_SECRET, startTestStack, type TestStack } from '../../test/fixtures/test-stack.js';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const APP = 'https://app.example';

describe('production posture', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      config: {
        introspection: false,
        fieldSuggestions: false,
        corsOrigins: [APP],
        bodyLimitBytes: 2048,
        trustedProxies: [],
      },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.auth.received.length = 0;
  });

  it('refuses introspection', async () => {
    const response = await stack.post({ query: '{ __schema { types { name } } }' });
    const body = (await response.json()) as Body;

    expect(body.data ?? undefined).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('gives no field suggestions', async () => {
    const body = (await (await stack.post({ query: '{ packCoun }' })).json()) as Body;

    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('answers CORS only for allowlisted origins', async () => {
    const allowed = await stack.post({ query: '{ packCount }' }, { origin: APP });
    const foreign = await stack.post({ query: '{ packCount }' }, { origin: 'https://evil.example' });
    const preflight = await fetch(stack.router.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });

    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('ratelimit');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the limit with 413 before reading it all', async () => {
    const response = await stack.post({ query: `{ packCount } # ${'x'.repeat(4096)}` });

    expect(response.status).toBe(413);
    expect(((await response.json()) as Body).errors?.[0]?.extensions).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      max: 2048,
    });
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    await stack.post({ query: '{ me { id } }' }, { 'x-forwarded-for': '203.0.113.9' });

    expect(stack.auth.received[0]?.headers['x-client-ip']).toMatch(/127\.0\.0\.1|::1/);
  });
});

describe.each([
  ['NODE_ENV=production', { NODE_ENV: 'production' }],
  ['NODE_ENV unset', {}],
])('the production profile (%s, decision 0715)', (_name, env) => {
  let stack: TestStack;
  beforeAll(async () => {
    // The profile's own defaults, read from the environment as main.ts reads them.
    const { profile, introspection, fieldSuggestions } = readRouterConfig(
      envReader({ ...env, ROUTER_SECRET }),
    );
    stack = await startTestStack({ config: { profile, introspection, fieldSuggestions } });
  });
  afterAll(() => stack.close());

  it('refuses introspection with GRAPHQL_VALIDATION_FAILED and suggests no field names', async () => {
    const introspection = (await (
      await stack.post({ query: '{ __schema { types { name } } }' })
    ).json()) as Body;
    const misspelled = (await (await stack.post({ query: '{ packCoun }' })).json()) as Body;

    expect(introspection.data ?? undefined).toBeUndefined();
    expect(introspection.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(misspelled.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(misspelled)).not.toMatch(/Did you mean|packCount/);
  });
});

describe('schema exposure outside development', () => {
  it('logs a start-up warning when introspection or suggestions are on outside development', async () => {
    const stack = await startTestStack({
      config: { profile: 'production', introspection: true, fieldSuggestions: false },
    });
    await stack.close();

    expect(stack.logs.filter((line) => line.level === 40 && line['introspection'] === true)).toHaveLength(1);
  });
});

describe('development defaults and forwarding', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // This test plays a network proxy in front of the router, from loopback.
    stack = await startTestStack({ config: { trustedProxies: ['127.0.0.1', '::1'] } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.auth.received.length = 0;
  });

  it('suggests field names in development', async () => {
    const body = (await (await stack.post({ query: '{ packCoun }' })).json()) as Body;

    expect(body.errors?.[0]?.message).toMatch(/Did you mean "packCount"/);
  });

  it('forwards the client IP (the right-most hop from a trusted proxy) and user agent', async () => {
    await stack.post(
      { query: '{ me { id } }' },
      { 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'PackYourBag-Test/1.0' },
    );

    expect(stack.auth.received[0]?.headers['x-client-ip']).toBe('10.0.0.1');
    expect(stack.auth.received[0]?.headers['x-client-user-agent']).toBe('PackYourBag-Test/1.0');
  });

  // Mutations over GET (405) are among the graphql-http audits (graphql-over-http.spec.ts).
  it('serves queries over GET without a CSRF preflight header', async () => {
    const query = await fetch(`${stack.router.url}?query=${encodeURIComponent('{ packCount }')}`);

    expect(query.status).toBe(200);
    expect(((await query.json()) as Body).data).toEqual({ packCount: 2 });
  });

  it('publishes Prometheus metrics', async () => {
    await stack.post({ query: 'query Count { packCount }' });
    const text = await (await fetch(new URL('/metrics', stack.router.url))).text();

    expect(text).toMatch(/router_requests_total\{operation="Count",outcome="ok"\} [1-9]/);
    expect(text).toContain('router_request_duration_seconds_bucket');
    expect(text).toMatch(/router_subgraph_request_duration_seconds_count\{subgraph="packing"\} [1-9]/);
    expect(text).toContain('router_operation_cost_estimated_bucket');
    expect(text).toMatch(/^pyb_jwks_refresh_failures_total 0$/m);
  });

  it("counts our failures as outcome error and a caller's mistake as refused (the error ratio alert)", async () => {
    const count = async (outcome: string) => {
      const text = await (await fetch(new URL('/metrics', stack.router.url))).text();
      const line = new RegExp(
        `^router_requests_total\\{operation="anonymous",outcome="${outcome}"\\} (\\d+)$`,
        'm',
      );
      return Number(line.exec(text)?.[1] ?? 0);
    };
    const [errorsBefore, refusedBefore] = [await count('error'), await count('refused')];

    // A mistyped field is the caller's mistake (GRAPHQL_VALIDATION_FAILED in a 200 answer).
    await stack.post({ query: '{ packCount(first: 1) }' });
    expect([await count('error'), await count('refused')]).toEqual([errorsBefore, refusedBefore + 1]);

    // A resolver that throws is ours: masked as INTERNAL_SERVER_ERROR, counted as an error.
    await stack.post({ query: '{ boom }' });
    expect([await count('error'), await count('refused')]).toEqual([errorsBefore + 1, refusedBefore + 1]);
  });
});
