/** Who is signed in (no credential): what a server render may tell the page (1009). */
export interface SessionUser {
  id: string;
  email: string;
  isGuest: boolean;
}

/** What the browser keeps about a signed-in user: in memory only (docs/decisions/1001). */
export interface Session {
  /** The bearer token; `''` while the tab has not fetched one yet (see `SessionStore.adopt`). */
  accessToken: string;
  /** ISO-8601 instant after which the API stops accepting `accessToken`. */
  expiresAt: string;
  user: SessionUser;
}

/**
 * `unknown` is what the server and the first browser render see, and what the tab reports until the
 * web server has answered whether the refresh cookie still names a session.
 */
export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; session: Session };

export interface SessionStore {
  /** Current state; the same object until the session changes (as `useSyncExternalStore` requires). */
  getSnapshot(): SessionState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The bearer token to send, or `undefined` when signed out or expired. */
  accessToken(): string | undefined;
  signIn(session: Session): void;
  /**
   * Signed in as `user`, vouched for by the server's render (the page session cookie, 1009), before
   * the tab holds an access token: `accessToken()` stays `undefined` until a refresh brings one.
   * Does nothing once the tab knows its session.
   */
  adopt(user: SessionUser): void;
  /** `expired`: the session ended without the user asking (the sign-in page says so). */
  signOut(reason?: 'expired' | 'signed-out'): void;
}

export interface SessionStoreOptions {
  /** @default Date.now */
  now?: () => number;
}

/** A session the server vouched for, without a token yet: already expired, so it is never sent. */
export function adoptedSession(user: SessionUser): Session {
  return { accessToken: '', expiresAt: new Date(0).toISOString(), user };
}

/**
 * The tab's session in memory. Nothing goes to storage: a reload asks the web server, which holds
 * the refresh token in an httpOnly cookie, for a new access token.
 */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const { now = Date.now } = options;
  const listeners = new Set<() => void>();
  let state: SessionState = { status: 'unknown' };

  const set = (next: SessionState): void => {
    state = next;
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    accessToken() {
      return state.status === 'signed-in' && Date.parse(state.session.expiresAt) > now()
        ? state.session.accessToken
        : undefined;
    },
    signIn(session) {
      set({ status: 'signed-in', session });
    },
    adopt(user) {
      if (state.status !== 'unknown') return;
      set({ status: 'signed-in', session: adoptedSession(user) });
    },
    signOut(reason = 'signed-out') {
      if (state.status !== 'signed-out') set({ status: 'signed-out', reason });
    },
  };
}
