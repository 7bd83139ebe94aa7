/** What the browser keeps about a signed-in user. The refresh-cookie design replaces this later. */
export interface Session {
  accessToken: string;
  /** ISO-8601 instant after which the API stops accepting `accessToken`. */
  expiresAt: string;
  email: string;
}

/**
 * `unknown` is what the server and the first (hydrating) browser render see: storage is not
 * readable there, so pages show a neutral state instead of guessing signed-out.
 */
export type SessionState =
  { status: 'unknown' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

export interface SessionStore {
  /** Current state; the same object until the session changes (as `useSyncExternalStore` requires). */
  getSnapshot(): SessionState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The bearer token to send, or `undefined` when signed out or expired. */
  accessToken(): string | undefined;
  signIn(session: Session): void;
  signOut(): void;
}

export interface SessionStoreOptions {
  /**
   * Where the session survives a reload of the tab. sessionStorage ends with the tab, which bounds
   * how long a stolen token lives on a shared machine.
   * @default undefined (memory only)
   */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** @default 'pyb.session' */
  storageKey?: string;
  /** @default Date.now */
  now?: () => number;
}

const SIGNED_OUT: SessionState = { status: 'signed-out' };

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['accessToken'] === 'string' &&
    typeof record['expiresAt'] === 'string' &&
    typeof record['email'] === 'string'
  );
}

export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const { storage, storageKey = 'pyb.session', now = Date.now } = options;
  const listeners = new Set<() => void>();

  const load = (): SessionState => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null');
      return isSession(parsed) ? { status: 'signed-in', session: parsed } : SIGNED_OUT;
    } catch {
      return SIGNED_OUT; // unreadable storage or a corrupt entry: start signed out
    }
  };
  let state: SessionState | undefined;
  const current = (): SessionState => (state ??= load());

  const set = (next: SessionState): void => {
    state = next;
    try {
      if (next.status === 'signed-in') storage?.setItem(storageKey, JSON.stringify(next.session));
      else storage?.removeItem(storageKey);
    } catch {
      // Storage can be full or blocked; the session still lives in memory for this page.
    }
    for (const listener of listeners) listener();
  };

  const isExpired = (session: Session): boolean => !(Date.parse(session.expiresAt) > now());

  return {
    getSnapshot() {
      const snapshot = current();
      // Expiry is judged on read and without a write, because React may call this during render.
      return snapshot.status === 'signed-in' && isExpired(snapshot.session) ? SIGNED_OUT : snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    accessToken() {
      const snapshot = current();
      return snapshot.status === 'signed-in' && !isExpired(snapshot.session)
        ? snapshot.session.accessToken
        : undefined;
    },
    signIn(session) {
      set({ status: 'signed-in', session });
    },
    signOut() {
      if (current().status !== 'signed-out') set(SIGNED_OUT);
    },
  };
}
