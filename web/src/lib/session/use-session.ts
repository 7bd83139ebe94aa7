'use client';

import { useSyncExternalStore } from 'react';
import { browserSession } from './browser-session';
import { useInitialSession } from './initial-session';
import type { SessionState } from './session-store';

const noSubscription = () => () => {};

/**
 * The current session. The server and the hydrating render report what the server knew (the page
 * session, or `unknown`), then the tab's store takes over, so server HTML and the first browser
 * render always agree.
 */
export function useSession(): SessionState {
  const initial = useInitialSession();
  return useSyncExternalStore(
    browserSession ? browserSession.subscribe : noSubscription,
    browserSession ? browserSession.getSnapshot : () => initial,
    () => initial,
  );
}
