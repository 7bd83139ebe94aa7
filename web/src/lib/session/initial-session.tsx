'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { browserSession, UNKNOWN_SESSION } from './browser-session';
import { adoptedSession, type SessionState, type SessionUser } from './session-store';

const InitialSessionContext = createContext<SessionState>(UNKNOWN_SESSION);

/**
 * What the server's render knew about the visitor (the page session cookie, decision 1009): the
 * user, never a token. Server HTML and the hydrating render both start from it, so a signed-in page
 * can render its content on the server; the tab's store adopts the user before anything reads it.
 */
export function InitialSessionProvider({ user, children }: { user?: SessionUser; children: ReactNode }) {
  const [initial] = useState<SessionState>(() => {
    if (!user) return UNKNOWN_SESSION;
    browserSession?.adopt(user);
    return { status: 'signed-in', session: adoptedSession(user) };
  });
  return <InitialSessionContext.Provider value={initial}>{children}</InitialSessionContext.Provider>;
}

/** The session the server rendered with (`unknown` when it knew none). */
export function useInitialSession(): SessionState {
  return useContext(InitialSessionContext);
}
