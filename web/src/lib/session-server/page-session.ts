import { cookies } from 'next/headers';
import { decodePageSession, PAGE_SESSION_COOKIE_NAME, type PageSession } from './page-session-cookie';

/**
 * The visitor's page session in a server component or route handler, or `undefined` when the
 * request carries none (signed out, expired, or a cross-site navigation under SameSite=Strict).
 * Server code only: the access token must never be passed to a client component.
 */
export async function readPageSession(now: number = Date.now()): Promise<PageSession | undefined> {
  const store = await cookies();
  return decodePageSession(store.get(PAGE_SESSION_COOKIE_NAME)?.value, now);
}
