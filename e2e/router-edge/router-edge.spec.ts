import { auditServer } from 'graphql-http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { codeOf, send, signUpFrom } from '../router-support/router-http.js';
import { forwardedFrom, randomClientIp } from '../support/forwarded-client.js';

// The public edge on the shared stack: what every caller sees (cost, RateLimit headers), refusals
// that need no subgraph (cost maximum, document limits), and GraphQL over HTTP compliance.
const { graphqlUrl } = inject('stack');
let token: string;

beforeAll(async () => {
  token = await signUpFrom(graphqlUrl);
});

describe('what every caller sees', () => {
  it('reports the requested and actual cost and the bucket in extensions.cost and RateLimit headers', async () => {
    // me (1) + items connection (1) + 5 sized nodes × Item (1): 7 requested; a new account has no
    // items, so 2 actually served.
    const answer = await send(
      graphqlUrl,
      { query: '{ me { id items(first: 5) { nodes { id name } } } }' },
      { token },
    );

    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const cost = answer.body.extensions?.cost;
    expect(cost).toMatchObject({ requestedQueryCost: 7, actualQueryCost: 2 });
    const status = cost!.throttleStatus!;
    expect(status.maximumAvailable).toBeGreaterThan(0);
    expect(status.currentlyAvailable).toBeLessThanOrEqual(status.maximumAvailable);
    expect(status.restoreRate).toBeGreaterThan(0);
    expect(answer.headers.get('ratelimit-policy')).toMatch(
      new RegExp(`^"cost";q=${status.maximumAvailable};w=\\d+$`),
    );
    expect(answer.headers.get('ratelimit')).toMatch(
      new RegExp(`^"cost";r=${status.currentlyAvailable};t=\\d+$`),
    );
  });

  it('reports cost on anonymous calls too (the caller IP’s bucket)', async () => {
    const answer = await send(graphqlUrl, { query: '{ __typename }' }, { ip: randomClientIp() });
    expect(answer.status).toBe(200);
    expect(answer.body.extensions?.cost).toMatchObject({ requestedQueryCost: 0, actualQueryCost: 0 });
    expect(answer.headers.get('ratelimit')).toMatch(/^"cost";r=\d+;t=\d+$/);
  });
});

describe('refused before any subgraph is asked', () => {
  it('refuses an operation estimated above the maximum with the estimate and the limit', async () => {
    const answer = await send(
      graphqlUrl,
      { query: '{ me { items(first: 2000) { nodes { id } } } }' },
      { token },
    );

    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(answer.body.errors![0]!.extensions?.['cost']).toEqual({ estimated: 2002, max: 1000 });
    expect(answer.body.data ?? undefined).toBeUndefined();
  });

  it('holds each document to its limits, each with its own code', async () => {
    const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: id`).join(' ');
    const directives = Array.from({ length: 51 }, () => 'id @include(if: true)').join(' ');
    const tokens = Array.from({ length: 700 }, () => 'id').join(' ');
    const cases: [string, string][] = [
      [`{ me { ${aliases} } }`, 'MAX_ALIASES_EXCEEDED'],
      [`{ me { ${directives} } }`, 'MAX_DIRECTIVES_EXCEEDED'],
      [`{ me { ${tokens} ${tokens} ${tokens} } }`, 'MAX_TOKENS_EXCEEDED'],
    ];
    for (const [query, code] of cases) {
      const answer = await send(graphqlUrl, { query }, { token });
      expect(answer.status, code).toBe(400);
      expect(codeOf(answer)).toBe(code);
    }

    const batch = await send(
      graphqlUrl,
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      {
        token,
      },
    );
    expect(batch.status).toBe(400);
    expect(codeOf(batch)).toBe('BATCH_LIMIT_EXCEEDED');
  });

  it('refuses a field the token may not read, naming it, before planning', async () => {
    const answer = await send(
      graphqlUrl,
      { query: '{ me { id items(first: 1) { totalCount } } }' },
      { ip: randomClientIp() },
    );
    expect(answer.status).toBe(401);
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });
});

describe('GraphQL over HTTP', () => {
  it('passes all 61 graphql-http audits against the running router', async () => {
    const results = await auditServer({
      url: graphqlUrl,
      // Each audit from an address of its own, as anonymous callers elsewhere on the internet.
      fetchFn: (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
        const headers = new Headers(init?.headers);
        const url = new URL(input instanceof Request ? input.url : input.toString());
        const body = typeof init?.body === 'string' ? init.body : '';
        const forwarded = forwardedFrom(randomClientIp(), body, {
          method: init?.method ?? 'GET',
          search: url.search,
        });
        for (const [name, value] of Object.entries(forwarded)) headers.set(name, value);
        return fetch(input, { ...init, headers });
      },
    });
    const notOk = results.filter((result) => result.status !== 'ok');
    expect(notOk.map((result) => `${result.status} ${result.id} ${result.name}`)).toEqual([]);
    expect(results).toHaveLength(61);
  });
});
