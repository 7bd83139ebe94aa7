import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/fixtures/test-stack.js';
import { BufferedResponse, type Fetcher } from './buffered-response.js';
import { deduplicateQueries } from './deduplicate-queries.js';

/** A fetcher that answers only when told to, counting the calls that reach it. */
function heldFetcher() {
  const calls: { url: string; body: string; release: () => void }[] = [];
  const fetch: Fetcher = (url, init = {}) =>
    new Promise((resolve) => {
      calls.push({
        url,
        body: String(init.body ?? ''),
        release: () =>
          resolve(new BufferedResponse(url, 200, 'OK', {}, Buffer.from(`{"data":{"n":${calls.length}}}`))),
      });
    });
  return { fetch, calls };
}

const QUERY = JSON.stringify({ query: 'query Q__auth__0{me{id}}', variables: {} });
const headers = (extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  authorization: 'Bearer a',
  ...extra,
});

describe('deduplicateQueries', () => {
  it('sends one call for identical queries in flight; every caller gets its own parsed answer', async () => {
    const { fetch, calls } = heldFetcher();
    const deduplicated = deduplicateQueries(fetch);
    const answers = [1, 2, 3].map((index) =>
      deduplicated('http://auth/graphql', {
        method: 'POST',
        headers: headers({ 'x-request-id': `r-${index}` }),
        body: QUERY,
      }),
    );
    expect(calls).toHaveLength(1);
    calls[0]!.release();
    const bodies = await Promise.all(answers.map(async (answer) => (await answer).json()));
    expect(bodies).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    expect(bodies[0]).not.toBe(bodies[1]); // the gateway may change its copy

    // Once answered, the same query goes out again.
    void deduplicated('http://auth/graphql', { method: 'POST', headers: headers(), body: QUERY });
    expect(calls).toHaveLength(2);
  });

  it('keeps calls apart that differ in token, client IP, URL or body, and never merges mutations', () => {
    const { fetch, calls } = heldFetcher();
    const deduplicated = deduplicateQueries(fetch);
    const send = (url: string, extra: Record<string, string>, body = QUERY) =>
      void deduplicated(url, { method: 'POST', headers: headers(extra), body });
    send('http://auth/graphql', {});
    send('http://auth/graphql', { authorization: 'Bearer b' });
    send('http://auth/graphql', { 'x-client-ip': '203.0.113.9' });
    send('http://packing/graphql', {});
    send('http://auth/graphql', {}, JSON.stringify({ query: 'query Q__auth__0{me{email}}' }));
    const mutation = JSON.stringify({ query: 'mutation M__auth__0{signOut}' });
    send('http://auth/graphql', {}, mutation);
    send('http://auth/graphql', {}, mutation);
    expect(calls).toHaveLength(7);
  });

  it('shares a failure with every waiter, and the next call tries again', async () => {
    let attempts = 0;
    const failing: Fetcher = () => {
      attempts += 1;
      return Promise.reject(new Error('connection refused'));
    };
    const deduplicated = deduplicateQueries(failing);
    const init = { method: 'POST', headers: headers(), body: QUERY };
    const results = await Promise.allSettled([
      deduplicated('http://auth/graphql', init),
      deduplicated('http://auth/graphql', init),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(attempts).toBe(1);
    await expect(deduplicated('http://auth/graphql', init)).rejects.toThrow('connection refused');
    expect(attempts).toBe(2);
  });
});

describe('subgraph query deduplication in the router', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.auth.received.length = 0;
  });

  it('answers concurrent identical requests from one subgraph call, per caller', async () => {
    const [ada, bob] = [await stack.issuer.sign(), await stack.issuer.sign({ claims: { sub: 'user-2' } })];
    const slow = { query: '{ slow }' };
    const responses = await Promise.all([
      ...[1, 2, 3, 4].map(() => stack.post(slow, { authorization: `Bearer ${ada}` })),
      stack.post(slow, { authorization: `Bearer ${bob}` }),
    ]);
    for (const response of responses)
      expect(await response.json()).toEqual(expect.objectContaining({ data: { slow: 'done' } }));
    // Ada's four requests shared calls (one, unless the machine is so slow that one answered before
    // the last arrived); Bob's token is another caller and gets its own.
    const callsWith = (token: string) =>
      stack.auth.received.filter((request) => request.headers['authorization'] === `Bearer ${token}`).length;
    expect(callsWith(bob)).toBe(1);
    expect(callsWith(ada)).toBeGreaterThanOrEqual(1);
    expect(callsWith(ada)).toBeLessThan(4);
  });

  it('can be turned off (SUBGRAPH_DEDUPLICATION=false)', async () => {
    const separate = await startTestStack({ config: { subgraphDeduplication: false } });
    try {
      await Promise.all([1, 2, 3].map(() => separate.post({ query: '{ slow }' })));
      expect(separate.auth.received).toHaveLength(3);
    } finally {
      await separate.close();
    }
  });
});
