import { randomUUID } from 'node:crypto';
import type { RunningStack } from '@packyourbag/stack';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, send, signUpFrom, subgraphCalls, type RouterAnswer } from '../router-support/router-http.js';
import { forwardedFrom } from '../support/forwarded-client.js';
import { startScenarioStack } from '../support/scenario-stack.js';

// A stack of its own with a small bucket (15 points, 1 point/s back), so one user runs it dry in a
// few requests; nothing else talks to this router, so its subgraph-call counter is this file's alone.
let stack: RunningStack;
const serviceOutput: string[] = [];

beforeAll(async () => {
  stack = await startScenarioStack({
    services: ['auth', 'packing', 'preferences', 'router'],
    // The services' output is read below (a masked failure is logged with its request id).
    showServiceOutput: true,
    env: { ...process.env, RATE_LIMIT_CAPACITY: '15', RATE_LIMIT_RESTORE_PER_SECOND: '1' },
    logFormat: 'json',
    print: (line) => {
      serviceOutput.push(line);
      if (process.env.E2E_SHOW_LOGS === '1') console.log(line);
    },
  });
});

afterAll(() => stack?.stop());

// me (1) + items connection (1) + 10 sized nodes (10): 12 requested; a new account has no items,
// so 2 actual and 10 refunded.
const TWELVE_POINTS = { query: '{ me { items(first: 10) { nodes { id } } } }' };

/** Sends and reports how many subgraph calls the request caused (nothing else uses this router). */
async function sendCounting(body: object, token: string): Promise<{ answer: RouterAnswer; calls: number }> {
  const before = await subgraphCalls(stack.urls.graphql);
  const answer = await send(stack.urls.graphql, body, { token });
  return { answer, calls: (await subgraphCalls(stack.urls.graphql)) - before };
}

describe('demand control and cost buckets through the full stack', () => {
  it('refuses an operation over the cost maximum without any subgraph call', async () => {
    const token = await signUpFrom(stack.urls.graphql);
    const served = await sendCounting({ query: '{ me { id } }' }, token);
    expect(served.answer.status).toBe(200);
    expect(served.calls).toBe(1); // the counter counts: a served query costs auth one call

    const refused = await sendCounting({ query: '{ me { id items(first: 2000) { nodes { id } } } }' }, token);
    expect(refused.answer.status).toBe(400);
    expect(codeOf(refused.answer)).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(refused.calls).toBe(0);
  });

  it('answers 429 with Retry-After and THROTTLED once the bucket is dry, runs nothing, and serves again after the wait', async () => {
    const token = await signUpFrom(stack.urls.graphql);
    let throttled: { answer: RouterAnswer; calls: number } | undefined;
    const served: RouterAnswer[] = [];
    for (let attempt = 0; attempt < 6 && !throttled; attempt += 1) {
      const result = await sendCounting(TWELVE_POINTS, token);
      if (result.answer.status === 429) throttled = result;
      else served.push(result.answer);
    }

    // 15 → 3 → refund 10 → 13 → 1 → refund 10 → 11 (+ what trickled back): the third is refused.
    expect(served.length).toBeGreaterThanOrEqual(2);
    for (const answer of served)
      expect(answer.body.extensions?.cost).toMatchObject({ requestedQueryCost: 12, actualQueryCost: 2 });
    expect(throttled, 'never throttled').toBeDefined();
    const { answer, calls } = throttled!;
    expect(codeOf(answer)).toBe('THROTTLED');
    expect(calls).toBe(0);
    expect(answer.body.data ?? undefined).toBeUndefined();
    const retryAfter = Number(answer.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(answer.body.errors![0]!.extensions?.['retryAfter']).toBe(retryAfter);
    const status = answer.body.extensions?.cost?.throttleStatus;
    expect(status).toMatchObject({ maximumAvailable: 15, restoreRate: 1 });
    expect(status!.currentlyAvailable).toBeLessThan(12);
    expect(answer.headers.get('ratelimit')).toMatch(
      new RegExp(`^"cost";r=${status!.currentlyAvailable};t=\\d+$`),
    );

    // Waiting out Retry-After (1 point per second comes back) is enough; asking early is refused
    // without spending anything, so polling does not delay the recovery.
    const waitedFrom = Date.now();
    await vi.waitFor(
      async () => expect((await send(stack.urls.graphql, TWELVE_POINTS, { token })).status).toBe(200),
      { timeout: (retryAfter + 5) * 1000, interval: 250 },
    );
    expect(Date.now() - waitedFrom).toBeLessThan((retryAfter + 5) * 1000);
  });

  it('answers a subgraph outage as SERVICE_UNAVAILABLE (503, Retry-After), masks the details and logs them with the request id', async () => {
    const token = await signUpFrom(stack.urls.graphql);
    await stack.stopService('preferences');
    try {
      const requestId = `e2e-mask-${randomUUID()}`;
      const answer = await send(
        stack.urls.graphql,
        { query: '{ me { id preferences { weightUnit } } }' },
        { token, headers: { 'x-request-id': requestId } },
      );

      const text = JSON.stringify(answer.body);
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('2');
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      for (const error of answer.body.errors!) {
        expect(error.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
        expect(error.extensions?.['stacktrace']).toBeUndefined();
      }
      for (const internal of ['ECONNREFUSED', '127.0.0.1', 'stacktrace', 'node:internal']) {
        expect(text).not.toContain(internal);
      }
      expect(answer.headers.get('x-request-id')).toBe(requestId);
      // The details are in the router's log, under the request id.
      await vi.waitFor(() =>
        expect(serviceOutput.some((line) => line.includes(requestId) && line.includes('ECONNREFUSED'))).toBe(
          true,
        ),
      );
    } finally {
      await stack.startService('preferences');
    }
  });
});

describe('anonymous buckets by client address (0713)', () => {
  // A sign-up costs what a mutation costs plus the two objects it returns (12 estimated, 12 actual; a
  // failed one would be refunded): a 15-point bucket serves one, then answers 429 for the next 9 s.
  const signUp = () =>
    JSON.stringify({
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
      variables: {
        input: { email: `e2e-address-${randomUUID()}@example.com`, password: 'correct horse battery staple' },
      },
    });
  const sendSignUp = (headers: Record<string, string>) => send(stack.urls.graphql, signUp(), { headers });
  const signedSignUp = async (address: string, options: { secret?: string; nowMs?: number } = {}) => {
    const body = signUp();
    return send(stack.urls.graphql, body, { headers: forwardedFrom(address, body, options) });
  };

  it('charges one bucket for all the X-Forwarded-For values a caller on the same host makes up, believes a signed forward from the web server, and ignores a forged or stale one', async () => {
    const spoofed: RouterAnswer[] = [];
    for (let index = 0; index < 6; index += 1) {
      spoofed.push(await sendSignUp({ 'x-forwarded-for': `10.9.${index}.1` }));
    }
    // One address's worth: at most the first is served, the others are throttled.
    expect(spoofed.filter((answer) => answer.status !== 429).length).toBeLessThanOrEqual(1);
    expect(spoofed.slice(1).map((answer) => answer.status)).toEqual([429, 429, 429, 429, 429]);
    expect(codeOf(spoofed[5]!)).toBe('THROTTLED');

    // A proof made with another key, or one too old, is no proof: the socket's bucket, dry now, is charged.
    const forged = await signedSignUp('10.9.98.1', { secret: 'somebody-elses-secret-of-32-characters!' });
    const stale = await signedSignUp('10.9.98.2', { nowMs: Date.now() - 5 * 60_000 });
    expect(forged.status).toBe(429);
    expect(stale.status).toBe(429);
    // The web server's proof names the client: a bucket of its own, though the socket's is dry…
    const webForward = await signedSignUp('10.9.99.1');
    expect(webForward.status).not.toBe(429);
    expect(webForward.body.extensions?.cost?.throttleStatus?.maximumAvailable).toBe(15);
    // …and it is that address's bucket: its second request in a row is throttled like any other.
    expect((await signedSignUp('10.9.99.1')).status).toBe(429);

    await vi.waitFor(() => {
      const refused = serviceOutput.filter((line) => line.includes('client-address proof not believed'));
      expect(refused.some((line) => line.includes('"reason":"invalid"'))).toBe(true);
      expect(refused.some((line) => line.includes('"reason":"stale"'))).toBe(true);
    });
  });
});
