import { cookies } from 'next/headers';
import { cache } from 'react';
import { decodePageSession, PAGE_SESSION_COOKIE_NAME, type PageSession } from './page-session-cookie';

/**
 * The visitor's page session in a server component, or `undefined` when the request carries none
 * (signed out, expired, or a cross-site navigation under SameSite=Strict). Decoded once per request
 * (the layout and the page's prefetch both ask). Server code only: the access token must never be
 * passed to a client component.
 */
export const readPageSession = cache(async (): Promise<PageSession | undefined> => {
  const store = await cookies();
  return decodePageSession(store.get(PAGE_SESSION_COOKIE_NAME)?.value, Date.now());
});
