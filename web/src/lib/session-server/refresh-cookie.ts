import { isPlainHttpOnLoopback } from '@/lib/security/plain-http-on-loopback';

/** The refresh token's cookie on the web origin. Only `/api/session/*` ever receives it. */
export const REFRESH_COOKIE_NAME = 'pyb_refresh';
export const REFRESH_COOKIE_PATH = '/api/session';

/**
 * `Secure` everywhere except plain http on a loopback host: browsers accept Secure cookies from
 * http://localhost, but not from http://127.0.0.1 in every version, and the stack and the tests run
 * the web app on http://127.0.0.1. Behind a TLS proxy `x-forwarded-proto: https` counts as https.
 */
export function isSecureCookieRequest(request: Request): boolean {
  const url = new URL(request.url);
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const protocol = forwardedProto ? `${forwardedProto}:` : url.protocol;
  return !isPlainHttpOnLoopback(url.hostname, protocol);
}

/** `Set-Cookie` that stores `token` until `expiresAt` (httpOnly, SameSite=Strict, path-scoped). */
export function refreshCookieHeader(token: string, expiresAt: Date, secure: boolean): string {
  return [
    `${REFRESH_COOKIE_NAME}=${encodeURIComponent(token)}`,
    `Path=${REFRESH_COOKIE_PATH}`,
    `Expires=${expiresAt.toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** `Set-Cookie` that deletes the refresh cookie. */
export function clearedRefreshCookieHeader(secure: boolean): string {
  return refreshCookieHeader('', new Date(0), secure).replace(
    /Expires=[^;]+/,
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0',
  );
}

/** The refresh token in the request's `Cookie` header, if any. */
export function readRefreshCookie(request: Request): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === REFRESH_COOKIE_NAME) {
      const value = decodeURIComponent(rest.join('='));
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
