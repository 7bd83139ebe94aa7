import { describe, expect, it } from 'vitest';
import { decodePageSession } from './page-session-cookie';
import { createSessionRoute, type SessionAction } from './session-route';

const ROUTER = new URL('http://router.test/graphql');
const payload = (token: string) => ({
  accessToken: `access-${token}`,
  expiresAt: '2026-11-21T04:15:00.000Z',
  refreshToken: `refresh-${token}`,
  refreshTokenExpiresAt: '2026-12-21T04:00:00.000Z',
  user: { id: 'u1', email: 'ada@example.com', isGuest: false },
});

interface Seen {
  body: { variables: Record<string, unknown>; extensions: { persistedQuery: { sha256Hash: string } } };
  headers: Headers;
}

function router(answer: (seen: Seen) => unknown) {
  const seen: Seen[] = [];
  const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
    const entry = {
      body: JSON.parse(String(init?.body)) as Seen['body'],
      headers: new Headers(init?.headers),
    };
    seen.push(entry);
    return new Response(JSON.stringify(answer(entry)), { headers: { 'content-type': 'application/json' } });
  };
  return { seen, fetch };
}

function request(
  action: SessionAction,
  init: { body?: unknown; headers?: Record<string, string>; url?: string } = {},
) {
  return new Request(init.url ?? `http://127.0.0.1:3000/api/session/${action}`, {
    method: 'POST',
    headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', ...init.headers },
    body: JSON.stringify(init.body ?? {}),
  });
}

describe('createSessionRoute', () => {
  it('signs in by document hash, sets the refresh cookie and never shows the refresh token', async () => {
    const { seen, fetch } = router(() => ({ data: { signIn: payload('1') } }));
    const handler = createSessionRoute('sign-in', { graphqlUrl: ROUTER, fetch });
    const response = await handler(
      request('sign-in', {
        body: { email: 'ada@example.com', password: 'pw' },
        headers: { cookie: 'other=1' },
      }),
    );
    const body = await response.text();

    expect(response.status).toBe(200);
    expect(body).not.toContain('refresh-1');
    expect(JSON.parse(body)).toEqual({
      session: { accessToken: 'access-1', expiresAt: '2026-11-21T04:15:00.000Z', user: payload('1').user },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('pyb_refresh=refresh-1');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api/session');
    expect(seen[0]?.body.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(seen[0]?.body).not.toHaveProperty('query');
    expect(seen[0]?.body.variables).toEqual({ input: { email: 'ada@example.com', password: 'pw' } });
    expect(seen[0]?.headers.get('cookie')).toBeNull();
    expect(seen[0]?.headers.get('apollographql-client-name')).toBe('packyourbag-web');
  });

  it('sets the page session beside the refresh cookie: the access token and user, on every path', async () => {
    const { fetch } = router(() => ({ data: { signIn: payload('1') } }));
    const response = await createSessionRoute('sign-in', { graphqlUrl: ROUTER, fetch })(request('sign-in'));
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    const page = cookies.find((cookie) => cookie.startsWith('pyb_access=')) ?? '';
    expect(page).toContain('Path=/;');
    expect(page).toContain('HttpOnly');
    expect(page).toContain('SameSite=Strict');
    const value = page.slice('pyb_access='.length, page.indexOf(';'));
    expect(decodePageSession(value, Date.parse('2026-11-21T04:00:00.000Z'))).toEqual({
      accessToken: 'access-1',
      expiresAt: '2026-11-21T04:15:00.000Z',
      user: payload('1').user,
    });
    expect(Buffer.from(value, 'base64url').toString()).not.toContain('refresh-1');
  });

  it('clears both cookies on sign-out and when a refresh is refused', async () => {
    const refused = router(() => ({
      errors: [{ message: 'spent', extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    const refresh = await createSessionRoute('refresh', { graphqlUrl: ROUTER, fetch: refused.fetch })(
      request('refresh', { headers: { cookie: 'pyb_refresh=old; pyb_access=x' } }),
    );
    const signedOut = await createSessionRoute('sign-out', { graphqlUrl: ROUTER, fetch: refused.fetch })(
      request('sign-out'),
    );
    for (const response of [refresh, signedOut]) {
      const cookies = response.headers.getSetCookie();
      expect(cookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual(['pyb_access', 'pyb_refresh']);
      for (const cookie of cookies) expect(cookie).toContain('Max-Age=0');
    }
  });

  it('marks the cookie Secure unless the site is plain http on loopback', async () => {
    const { fetch } = router(() => ({ data: { signIn: payload('1') } }));
    const handler = createSessionRoute('sign-in', { graphqlUrl: ROUTER, fetch });
    const local = await handler(request('sign-in'));
    expect(local.headers.get('set-cookie')).not.toContain('Secure');
    const remote = await handler(
      request('sign-in', {
        url: 'http://pack.example/api/session/sign-in',
        headers: { host: 'pack.example', origin: 'http://pack.example' },
      }),
    );
    expect(remote.headers.get('set-cookie')).toContain('Secure');
    const proxied = await handler(request('sign-in', { headers: { 'x-forwarded-proto': 'https' } }));
    expect(proxied.headers.get('set-cookie')).toContain('Secure');
  });

  it('refreshes from the cookie and rotates it', async () => {
    const { seen, fetch } = router(() => ({ data: { refreshSession: payload('2') } }));
    const handler = createSessionRoute('refresh', { graphqlUrl: ROUTER, fetch });
    const response = await handler(request('refresh', { headers: { cookie: 'a=b; pyb_refresh=refresh-1' } }));
    expect(response.status).toBe(200);
    expect(seen[0]?.body.variables).toEqual({ refreshToken: 'refresh-1' });
    expect(response.headers.get('set-cookie')).toContain('pyb_refresh=refresh-2');
  });

  it('answers "no session" without a cookie (not an error), and 401 clearing a cookie the API refused', async () => {
    const { seen, fetch } = router(() => ({
      errors: [{ message: 'spent', extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    const handler = createSessionRoute('refresh', { graphqlUrl: ROUTER, fetch });
    const none = await handler(request('refresh'));
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ session: null });
    expect(seen).toHaveLength(0);

    const refused = await handler(request('refresh', { headers: { cookie: 'pyb_refresh=old' } }));
    expect(refused.status).toBe(401);
    expect(refused.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('passes field errors through for the form', async () => {
    const error = { message: 'Too short', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } };
    const { fetch } = router(() => ({ errors: [error] }));
    const response = await createSessionRoute('sign-up', { graphqlUrl: ROUTER, fetch })(request('sign-up'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [error] });
  });

  it('refuses a cross-site request', async () => {
    const { seen, fetch } = router(() => ({ data: { signIn: payload('1') } }));
    const response = await createSessionRoute('sign-in', { graphqlUrl: ROUTER, fetch })(
      request('sign-in', { headers: { origin: 'https://evil.example' } }),
    );
    expect(response.status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it('signs out at auth with the bearer token and clears the cookie', async () => {
    const { seen, fetch } = router(() => ({ data: { signOut: true } }));
    const response = await createSessionRoute('sign-out', { graphqlUrl: ROUTER, fetch })(
      request('sign-out', { headers: { authorization: 'Bearer access-1', cookie: 'pyb_refresh=r' } }),
    );
    expect(response.status).toBe(200);
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer access-1');
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('answers 502 when the router cannot be reached', async () => {
    const fetch = async () => {
      throw new TypeError('refused');
    };
    const response = await createSessionRoute('guest', { graphqlUrl: ROUTER, fetch })(request('guest'));
    expect(response.status).toBe(502);
  });
});
