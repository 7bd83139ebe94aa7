import { browserSession } from '@/lib/session/browser-session';

/**
 * Forgets the tab's session. The GraphQL client is rebuilt for the new (signed-out) state, which
 * drops every cached result of the previous user.
 */
export function endSession(): void {
  browserSession?.signOut();
}
