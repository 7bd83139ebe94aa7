import { createSessionStore, type SessionState, type SessionStore } from './session-store';

/** The tab's one session, or `undefined` on the server, where no browser session exists. */
export const browserSession: SessionStore | undefined =
  typeof window === 'undefined' ? undefined : createSessionStore({ storage: window.sessionStorage });

/** What the server and the hydrating render report. */
export const UNKNOWN_SESSION: SessionState = { status: 'unknown' };
