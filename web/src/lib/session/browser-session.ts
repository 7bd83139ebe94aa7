import { createSessionClient, type SessionClient } from './session-client';
import { createSessionStore, type SessionState, type SessionStore } from './session-store';

/** The tab's one session, or `undefined` on the server, where no browser session exists. */
export const browserSession: SessionStore | undefined =
  typeof window === 'undefined' ? undefined : createSessionStore();

/** Talks to `/api/session/*` for the tab; `undefined` on the server. */
export const browserSessionClient: SessionClient | undefined = browserSession
  ? createSessionClient({ store: browserSession })
  : undefined;

/** What the server and the hydrating render report. */
export const UNKNOWN_SESSION: SessionState = { status: 'unknown' };
