import { describe, expect, it } from 'vitest';
import {
  clearedPageSessionCookieHeader,
  decodePageSession,
  PAGE_SESSION_COOKIE_NAME,
  pageSessionCookieHeader,
  type PageSession,
} from './page-session-cookie';

const session: PageSession = {
  accessToken: 'header.payload.signature',
  expiresAt: '2026-11-21T04:15:00.000Z',
  user: { id: 'u1', email: 'ada@example.com', isGuest: false },
};
const before = Date.parse('2026-11-21T04:00:00.000Z');

function valueOf(setCookie: string): string {
  const [pair = ''] = setCookie.split(';');
  return pair.slice(pair.indexOf('=') + 1);
}

describe('page session cookie', () => {
  it('round-trips the token and user, httpOnly, SameSite=Strict, on every path, until the token expires', () => {
    const header = pageSessionCookieHeader(session, true);
    expect(header.startsWith(`${PAGE_SESSION_COOKIE_NAME}=`)).toBe(true);
    expect(header).toContain('Path=/;');
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Strict');
    expect(header).toContain('Secure');
    expect(header).toContain(`Expires=${new Date(session.expiresAt).toUTCString()}`);
    expect(decodePageSession(valueOf(header), before)).toEqual(session);
    expect(pageSessionCookieHeader(session, false)).not.toContain('Secure');
  });

  it('ignores a session that has expired or is about to', () => {
    const value = valueOf(pageSessionCookieHeader(session, false));
    expect(decodePageSession(value, Date.parse(session.expiresAt))).toBeUndefined();
    expect(decodePageSession(value, Date.parse(session.expiresAt) - 1_000)).toBeUndefined();
    expect(decodePageSession(value, Date.parse(session.expiresAt) - 10_000)).toEqual(session);
  });

  it('ignores a malformed or tampered value instead of failing the page', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(decodePageSession(undefined, before)).toBeUndefined();
    expect(decodePageSession('', before)).toBeUndefined();
    expect(decodePageSession('not base64 json', before)).toBeUndefined();
    expect(decodePageSession(encode({ ...session, accessToken: '' }), before)).toBeUndefined();
    expect(decodePageSession(encode({ ...session, expiresAt: 'soon' }), before)).toBeUndefined();
    expect(decodePageSession(encode({ ...session, user: { id: 'u1' } }), before)).toBeUndefined();
    expect(decodePageSession(encode([session]), before)).toBeUndefined();
  });

  it('drops fields it does not know', () => {
    const encoded = Buffer.from(JSON.stringify({ ...session, refreshToken: 'never' })).toString('base64url');
    expect(decodePageSession(encoded, before)).toEqual(session);
  });

  it('clears itself', () => {
    const header = clearedPageSessionCookieHeader(true);
    expect(header).toContain(`${PAGE_SESSION_COOKIE_NAME}=;`);
    expect(header).toContain('Max-Age=0');
    expect(header).toContain('Path=/;');
  });
});
