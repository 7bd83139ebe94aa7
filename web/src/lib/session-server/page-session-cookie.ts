/**
 * The page credential (docs/decisions/1009): the current access token and the user it names, so the
 * server can render a signed-in page with its data. Path `/` (every page request carries it), but
 * only server components read it; `/graphql` never forwards cookies (0401), so it authorizes no
 * write. It expires with the access token; only `/api/session/*` sets or clears it.
 */
export const PAGE_SESSION_COOKIE_NAME = 'pyb_access';

/** What a server render may know about the visitor: never the refresh token. */
export interface PageSession {
  accessToken: string;
  /** ISO-8601 instant the access token stops working (the cookie's expiry). */
  expiresAt: string;
  user: { id: string; email: string; isGuest: boolean };
}

function encode(session: PageSession): string {
  return Buffer.from(JSON.stringify(session), 'utf8').toString('base64url');
}

function isPageSession(value: unknown): value is PageSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  const user = candidate['user'] as Record<string, unknown> | null | undefined;
  return (
    typeof candidate['accessToken'] === 'string' &&
    candidate['accessToken'] !== '' &&
    typeof candidate['expiresAt'] === 'string' &&
    !Number.isNaN(Date.parse(candidate['expiresAt'])) &&
    typeof user === 'object' &&
    user !== null &&
    typeof user['id'] === 'string' &&
    typeof user['email'] === 'string' &&
    typeof user['isGuest'] === 'boolean'
  );
}

/**
 * The page session in a cookie value, if it is well-formed and still valid at `now` (with
 * `marginMs` to spare, so a render never sends a token that expires on the way). A malformed value
 * is ignored, never an error: the page then renders as it would without the cookie.
 */
export function decodePageSession(
  value: string | undefined,
  now: number,
  marginMs = 5_000,
): PageSession | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isPageSession(parsed)) return undefined;
  if (Date.parse(parsed.expiresAt) - marginMs <= now) return undefined;
  return { accessToken: parsed.accessToken, expiresAt: parsed.expiresAt, user: parsed.user };
}

/** `Set-Cookie` for the page session: httpOnly, SameSite=Strict, `Path=/`, expiring with the token. */
export function pageSessionCookieHeader(session: PageSession, secure: boolean): string {
  return [
    `${PAGE_SESSION_COOKIE_NAME}=${encode(session)}`,
    'Path=/',
    `Expires=${new Date(session.expiresAt).toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** `Set-Cookie` that deletes the page session. */
export function clearedPageSessionCookieHeader(secure: boolean): string {
  return [
    `${PAGE_SESSION_COOKIE_NAME}=`,
    'Path=/',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'Max-Age=0',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
