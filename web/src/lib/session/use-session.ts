'use client';

import { useSyncExternalStore } from 'react';
import { browserSession, UNKNOWN_SESSION } from './browser-session';
import type { SessionState } from './session-store';

const noSubscription = () => () => {};
const unknown = () => UNKNOWN_SESSION;

/**
 * The current session. Renders `unknown` on the server and while hydrating, then the stored
 * session, so server HTML and the first browser render always agree.
 */
export function useSession(): SessionState {
  return useSyncExternalStore(
    browserSession ? browserSession.subscribe : noSubscription,
    browserSession ? browserSession.getSnapshot : unknown,
    unknown,
  );
}
