import { headers } from 'next/headers';
import { cache } from 'react';
import { nonceFromPolicy } from './content-security-policy';

/**
 * This request's script nonce, for an inline script of our own (the theme pre-paint script).
 * The web server puts the policy on the request before Next sees it (src/server/security-headers.ts);
 * Next reads the same header for its own scripts. Server components only.
 */
export const readScriptNonce = cache(async (): Promise<string | undefined> => {
  const requestHeaders = await headers();
  return nonceFromPolicy(requestHeaders.get('content-security-policy'));
});
