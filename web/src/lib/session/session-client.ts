import type { GraphQLFormattedError } from 'graphql';
import type { Session, SessionStore } from './session-store';

export type SessionResult =
  { ok: true; session: Session } | { ok: false; errors: readonly GraphQLFormattedError[] };

export interface SessionClientOptions {
  store: SessionStore;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default '/api/session' */
  basePath?: string;
  /**
   * How long before the access token expires the client refreshes it.
   * @default 60000
   */
  refreshAheadMs?: number;
  /** @default Date.now */
  now?: () => number;
  /** @default globalThis.setTimeout / clearTimeout */
  timers?: { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export interface SessionClient {
  /** Asks the web server for a session from the refresh cookie (on load); signed out when there is none. */
  restore(): Promise<SessionResult>;
  signIn(input: { email: string; password: string }): Promise<SessionResult>;
  signUp(input: { email: string; password: string }): Promise<SessionResult>;
  startGuest(): Promise<SessionResult>;
  /** A new access token; concurrent callers share one request (a refresh token works once). */
  refresh(): Promise<SessionResult>;
  /** Ends the session at auth, clears the cookie and forgets the token. */
  signOut(): Promise<void>;
}

const NETWORK_ERROR: GraphQLFormattedError = {
  message: 'PackYourBag cannot be reached.',
  extensions: { code: 'NETWORK_ERROR' },
};

/** The web server's `{ session: null }`: this browser holds no session (no refresh cookie). */
const NO_SESSION: GraphQLFormattedError = {
  message: 'No session to refresh.',
  extensions: { code: 'UNAUTHENTICATED' },
};

/**
 * The browser's side of the session: talks to `/api/session/*` (same origin, the cookie goes along)
 * and keeps the access token in the store, refreshing it `refreshAheadMs` before it expires.
 */
export function createSessionClient(options: SessionClientOptions): SessionClient {
  const {
    store,
    fetch: fetchFn = (input, init) => fetch(input, init),
    basePath = '/api/session',
    refreshAheadMs = 60_000,
    now = Date.now,
    timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as number) },
  } = options;
  let timer: unknown;
  let inFlight: Promise<SessionResult> | undefined;

  const schedule = (session: Session) => {
    if (timer !== undefined) timers.clear(timer);
    const delay = Math.max(5_000, Date.parse(session.expiresAt) - refreshAheadMs - now());
    timer = timers.set(() => void client.refresh(), delay);
  };
  const stop = () => {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
  };

  const post = async (action: string, body?: unknown, authorization?: string): Promise<SessionResult> => {
    let response: Response;
    try {
      response = await fetchFn(`${basePath}/${action}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify(body ?? {}),
      });
    } catch {
      return { ok: false, errors: [NETWORK_ERROR] };
    }
    const parsed = (await response.json().catch(() => ({}))) as {
      session?: Session | null;
      errors?: GraphQLFormattedError[];
    };
    if (response.ok && parsed.session) return { ok: true, session: parsed.session };
    if (response.ok && parsed.session === null) return { ok: false, errors: [NO_SESSION] };
    return { ok: false, errors: parsed.errors?.length ? parsed.errors : [NETWORK_ERROR] };
  };

  const start = async (action: string, body?: unknown): Promise<SessionResult> => {
    const result = await post(action, body);
    if (result.ok) {
      store.signIn(result.session);
      schedule(result.session);
    }
    return result;
  };

  const isUnauthenticated = (result: SessionResult) =>
    !result.ok && result.errors.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED');

  const client: SessionClient = {
    async restore() {
      const result = await client.refresh();
      // Unreachable: a tab that knows nothing counts as signed out; one the server vouched for
      // (adopted, 1009) keeps its page and refreshes again before its next request.
      if (!result.ok && !isUnauthenticated(result) && store.getSnapshot().status === 'unknown') {
        store.signOut('signed-out');
      }
      return result;
    },
    signIn: (input) => start('sign-in', input),
    signUp: (input) => start('sign-up', input),
    startGuest: () => start('guest'),
    refresh() {
      inFlight ??= (async () => {
        const wasSignedIn = store.getSnapshot().status === 'signed-in';
        const result = await post('refresh');
        if (result.ok) {
          store.signIn(result.session);
          schedule(result.session);
        } else if (isUnauthenticated(result)) {
          stop();
          store.signOut(wasSignedIn ? 'expired' : 'signed-out');
        }
        return result;
      })().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    async signOut() {
      stop();
      const token = store.accessToken();
      store.signOut('signed-out');
      await post('sign-out', {}, token ? `Bearer ${token}` : undefined);
    },
  };
  return client;
}
