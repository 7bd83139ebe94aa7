import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionClient } from './session-client';
import { createSessionStore } from './session-store';

const NOW = Date.parse('2026-11-21T04:00:00.000Z');
const session = (token: string, minutes = 15) => ({
  accessToken: token,
  expiresAt: new Date(Date.now() + minutes * 60_000).toISOString(),
  user: { id: 'u1', email: 'ada@example.com', isGuest: false },
});
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const unauthenticated = () =>
  json({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);

describe('createSessionClient', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('signs in through the web server and refreshes a minute before the token expires', async () => {
    const store = createSessionStore();
    const calls: string[] = [];
    let n = 0;
    const fetch = vi.fn(async (url: string | URL | Request) => {
      calls.push(String(url));
      n += 1;
      return json({ session: session(`token-${n}`) });
    });
    const client = createSessionClient({ store, fetch });

    await client.signIn({ email: 'ada@example.com', password: 'secret-password' });
    expect(store.accessToken()).toBe('token-1');

    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(calls).toEqual(['/api/session/sign-in']);
    await vi.advanceTimersByTimeAsync(60_000 + 10);
    expect(calls).toEqual(['/api/session/sign-in', '/api/session/refresh']);
    expect(store.accessToken()).toBe('token-2');
  });

  it('shares one refresh between concurrent callers (a refresh token works once)', async () => {
    const store = createSessionStore();
    const fetch = vi.fn(async () => json({ session: session('fresh') }));
    const client = createSessionClient({ store, fetch });
    const [a, b] = await Promise.all([client.refresh(), client.refresh()]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
    expect(store.accessToken()).toBe('fresh');
  });

  it('restores a tab from the cookie, or settles on signed out without one', async () => {
    const signedIn = createSessionStore();
    await createSessionClient({
      store: signedIn,
      fetch: async () => json({ session: session('t') }),
    }).restore();
    expect(signedIn.getSnapshot().status).toBe('signed-in');

    const signedOut = createSessionStore();
    await createSessionClient({ store: signedOut, fetch: async () => unauthenticated() }).restore();
    expect(signedOut.getSnapshot()).toEqual({ status: 'signed-out', reason: 'signed-out' });

    // The web server's answer when the browser holds no refresh cookie at all.
    const neverSignedIn = createSessionStore();
    const result = await createSessionClient({
      store: neverSignedIn,
      fetch: async () => json({ session: null }),
    }).restore();
    expect(result).toMatchObject({ ok: false, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(neverSignedIn.getSnapshot()).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });

  it('keeps a session the server vouched for when the restore cannot reach the web server', async () => {
    const offline = async () => {
      throw new TypeError('offline');
    };
    const unknownTab = createSessionStore();
    await createSessionClient({ store: unknownTab, fetch: offline }).restore();
    expect(unknownTab.getSnapshot()).toEqual({ status: 'signed-out', reason: 'signed-out' });

    const adopted = createSessionStore();
    adopted.adopt(session('t').user);
    await createSessionClient({ store: adopted, fetch: offline }).restore();
    expect(adopted.getSnapshot()).toMatchObject({ status: 'signed-in', session: { user: { id: 'u1' } } });
    expect(adopted.accessToken()).toBeUndefined();

    // A refused refresh still ends it, as expired (sign-in says so and brings the user back).
    await createSessionClient({ store: adopted, fetch: async () => unauthenticated() }).restore();
    expect(adopted.getSnapshot()).toEqual({ status: 'signed-out', reason: 'expired' });
  });

  it('marks a session that could not be refreshed as expired, so sign-in can say so', async () => {
    const store = createSessionStore();
    let first = true;
    const fetch = vi.fn(async () => {
      if (first) {
        first = false;
        return json({ session: session('t', 2) });
      }
      return unauthenticated();
    });
    const client = createSessionClient({ store, fetch });
    await client.signIn({ email: 'a@b.c', password: 'x' });
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(store.getSnapshot()).toEqual({ status: 'signed-out', reason: 'expired' });
  });

  it('signs out with the access token so auth ends the session, and forgets it first', async () => {
    const store = createSessionStore();
    const seen: { url: string; authorization: string | null }[] = [];
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(url), authorization: new Headers(init?.headers).get('authorization') });
      return json(String(url).endsWith('sign-out') ? { signedOut: true } : { session: session('t') });
    });
    const client = createSessionClient({ store, fetch });
    await client.signIn({ email: 'a@b.c', password: 'x' });
    await client.signOut();
    expect(seen[1]).toEqual({ url: '/api/session/sign-out', authorization: 'Bearer t' });
    expect(store.accessToken()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(fetch).toHaveBeenCalledTimes(2); // no refresh timer left behind
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    const client = createSessionClient({
      store: createSessionStore(),
      fetch: async () => {
        throw new TypeError('offline');
      },
    });
    const result = await client.signIn({ email: 'a@b.c', password: 'x' });
    expect(result).toMatchObject({ ok: false, errors: [{ extensions: { code: 'NETWORK_ERROR' } }] });
  });
});
