import { browserSessionClient } from '@/lib/session/browser-session';

/**
 * Signs the tab out: auth ends the session, the web server clears the refresh cookie, the access
 * token is forgotten, and the GraphQL client (and its cache) is rebuilt for the signed-out state.
 */
export async function endSession(): Promise<void> {
  await browserSessionClient?.signOut();
}
