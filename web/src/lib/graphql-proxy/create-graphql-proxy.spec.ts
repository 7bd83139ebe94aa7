import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlProxy } from './create-graphql-proxy';

const upstream = new URL('http://router.test:4000/graphql');

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

function recordingFetch(answer: () => Response) {
  const sent: Sent[] = [];
  const fetch = async (input: URL | RequestInfo, init?: RequestInit) => {
    sent.push({ url: String(input), init });
    return answer();
  };
  return { sent, fetch };
}

const browserRequest = (init: RequestInit & { url?: string } = {}) =>
  new Request(init.url ?? 'http://web.test/graphql', {
    method: 'POST',
    body: '{"query":"{ me { id } }"}',
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer t0k3n',
      cookie: 'web-session=secret',
      'x-request-id': 'req-1',
      ...(init.headers as Record<string, string> | undefined),
    },
  });

describe('createGraphqlProxy', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('forwards the body and the API headers to the router, and nothing of the web origin', async () => {
    const { sent, fetch } = recordingFetch(() => Response.json({ data: { me: null } }));
    await createGraphqlProxy({ upstream, fetch })(browserRequest());

    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [Sent];
    expect(url).toBe('http://router.test:4000/graphql');
    expect(init?.method).toBe('POST');
    expect(new TextDecoder().decode(init?.body as ArrayBuffer)).toBe('{"query":"{ me { id } }"}');
    const headers = new Headers(init?.headers);
    expect(headers.get('authorization')).toBe('Bearer t0k3n');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-request-id')).toBe('req-1');
    expect(headers.get('cookie')).toBeNull();
  });

  it('passes on the client address the web server settled, and no other address header', async () => {
    const { sent, fetch } = recordingFetch(() => Response.json({ data: {} }));
    await createGraphqlProxy({ upstream, fetch })(
      browserRequest({ headers: { 'x-forwarded-for': '198.51.100.20', 'x-real-ip': '203.0.113.8' } }),
    );
    const headers = new Headers(sent[0]?.init?.headers);
    expect(headers.get('x-forwarded-for')).toBe('198.51.100.20');
    expect(headers.get('x-real-ip')).toBeNull();
    expect(headers.get('forwarded')).toBeNull();
  });

  it('keeps the query string of a GET operation and sends no body', async () => {
    const { sent, fetch } = recordingFetch(() => Response.json({ data: {} }));
    await createGraphqlProxy({ upstream, fetch })(
      browserRequest({ method: 'GET', body: null, url: 'http://web.test/graphql?query=%7B__typename%7D' }),
    );
    expect(sent[0]?.url).toBe('http://router.test:4000/graphql?query=%7B__typename%7D');
    expect(sent[0]?.init?.body).toBeUndefined();
  });

  it("passes the router's status, errors and rate-limit headers through unchanged", async () => {
    const { fetch } = recordingFetch(
      () =>
        new Response('{"errors":[{"message":"Slow down.","extensions":{"code":"THROTTLED"}}]}', {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '3', 'content-encoding': 'gzip' },
        }),
    );
    const response = await createGraphqlProxy({ upstream, fetch })(browserRequest());
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toEqual({
      errors: [{ message: 'Slow down.', extensions: { code: 'THROTTLED' } }],
    });
  });

  it('answers 502 when the router cannot be reached', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const response = await createGraphqlProxy({ upstream, fetch })(browserRequest());
    expect(response.status).toBe(502);
  });

  it('answers 504 when the router does not answer in time', async () => {
    vi.useFakeTimers();
    const fetch = (_input: URL | RequestInfo, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const pending = createGraphqlProxy({ upstream, fetch, timeoutMs: 5_000 })(browserRequest());
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await pending).status).toBe(504);
  });
});
