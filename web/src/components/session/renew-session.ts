import { browserSessionClient } from '@/lib/session/browser-session';

/**
 * Fetches a new access token now, so the tab's session and the page session cookie describe the
 * account as it is after a change to it (a guest upgraded to a full account has an email now).
 */
export async function renewSession(): Promise<void> {
  await browserSessionClient?.refresh();
}
