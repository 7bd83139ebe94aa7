import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRouterReadiness } from './router-readiness';

const graphqlUrl = new URL('http://router.test:4000/graphql');

describe('checkRouterReadiness', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("asks the router's /health/ready on the GraphQL URL's origin", async () => {
    const asked: string[] = [];
    const fetch = async (input: URL | RequestInfo) => {
      asked.push(String(input));
      return new Response('{}', { status: 200 });
    };
    expect(await checkRouterReadiness({ graphqlUrl, fetch })).toEqual({ ready: true });
    expect(asked).toEqual(['http://router.test:4000/health/ready']);
  });

  it('is not ready when the router answers with an error status', async () => {
    const fetch = async () => new Response('{}', { status: 503 });
    expect(await checkRouterReadiness({ graphqlUrl, fetch })).toEqual({
      ready: false,
      reason: 'router answered 503',
    });
  });

  it('is not ready when the router cannot be reached', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    expect(await checkRouterReadiness({ graphqlUrl, fetch })).toEqual({
      ready: false,
      reason: 'router unreachable',
    });
  });

  it('gives up after the timeout', async () => {
    const fetch = (_input: URL | RequestInfo, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    vi.useFakeTimers();
    const readiness = checkRouterReadiness({ graphqlUrl, fetch, timeoutMs: 2_000 });
    await vi.advanceTimersByTimeAsync(1_999);
    let settled = false;
    void readiness.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await readiness).toEqual({ ready: false, reason: 'router timed out' });
  });
});
