import type { GraphQLFormattedError } from 'graphql';
import { readFragment, type FragmentType } from '@/gql';
import {
  clearedRefreshCookieHeader,
  isSecureCookieRequest,
  readRefreshCookie,
  refreshCookieHeader,
} from './refresh-cookie';
import { clearedPageSessionCookieHeader, pageSessionCookieHeader } from './page-session-cookie';
import { createRouterCall, type RouterResult } from './router-call';
import {
  SessionGuestMutation,
  SessionPayloadFragment,
  SessionRefreshMutation,
  SessionSignInMutation,
  SessionSignOutMutation,
  SessionSignUpMutation,
} from './session.documents';

/** What the browser learns about a session: never the refresh token. */
export interface BrowserSession {
  accessToken: string;
  expiresAt: string;
  user: { id: string; email: string; isGuest: boolean };
}

type SessionPayloadRef = FragmentType<typeof SessionPayloadFragment>;

export type SessionAction = 'sign-in' | 'sign-up' | 'guest' | 'refresh' | 'sign-out';

export interface SessionRouteOptions {
  /** The router's GraphQL URL (GRAPHQL_URL). */
  graphqlUrl: URL;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

const NO_STORE = { 'cache-control': 'no-store', 'content-type': 'application/json' };

function json(body: unknown, status: number, setCookies: readonly string[] = []): Response {
  const headers = new Headers(NO_STORE);
  for (const cookie of setCookies) headers.append('set-cookie', cookie);
  return new Response(JSON.stringify(body), { status, headers });
}

function errors(
  list: readonly GraphQLFormattedError[],
  status: number,
  setCookies: readonly string[] = [],
): Response {
  return json({ errors: list }, status, setCookies);
}

/** Both session cookies gone: the refresh token and the page session (1001, 1009). */
function clearedSessionCookies(secure: boolean): string[] {
  return [clearedRefreshCookieHeader(secure), clearedPageSessionCookieHeader(secure)];
}

const UNREACHABLE: GraphQLFormattedError = {
  message: 'PackYourBag cannot be reached.',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
};
const CROSS_SITE: GraphQLFormattedError = {
  message: 'Session requests must come from this site.',
  extensions: { code: 'FORBIDDEN' },
};

/** SameSite=Strict already keeps the cookie off cross-site requests; the origin check is a second lock. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return request.headers.get('sec-fetch-site') !== 'cross-site';
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function readInput(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function statusOf(list: readonly GraphQLFormattedError[]): number {
  const code = list[0]?.extensions?.['code'];
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'THROTTLED') return 429;
  if (code === 'FORBIDDEN') return 403;
  return 400;
}

/**
 * The handler behind `POST /api/session/<action>`. It runs the auth mutation against the router,
 * keeps the refresh token in an httpOnly cookie scoped to `/api/session`, and answers the browser
 * with the access token and the user only (docs/decisions/1001-web-session-cookie.md).
 */
export function createSessionRoute(action: SessionAction, options: SessionRouteOptions) {
  const call = createRouterCall({ url: options.graphqlUrl, fetch: options.fetch });

  /** The answer to a mutation that starts a session; `payloadOf` picks its payload out of the data. */
  const started = <TData>(
    result: RouterResult<TData>,
    payloadOf: (data: TData) => SessionPayloadRef,
    secure: boolean,
    clearOnFailure: boolean,
  ) => {
    if (result.kind === 'unreachable') return errors([UNREACHABLE], 502);
    if (result.kind === 'errors') {
      return errors(
        result.errors,
        statusOf(result.errors),
        clearOnFailure ? clearedSessionCookies(secure) : [],
      );
    }
    const payload = readFragment(SessionPayloadFragment, payloadOf(result.data));
    const session: BrowserSession = {
      accessToken: payload.accessToken,
      expiresAt: payload.expiresAt,
      user: payload.user,
    };
    return json({ session }, 200, [
      refreshCookieHeader(payload.refreshToken, new Date(payload.refreshTokenExpiresAt), secure),
      pageSessionCookieHeader(session, secure),
    ]);
  };

  return async (request: Request): Promise<Response> => {
    if (!isSameOrigin(request)) return errors([CROSS_SITE], 403);
    const secure = isSecureCookieRequest(request);
    switch (action) {
      case 'sign-in': {
        const input = await readInput(request);
        const result = await call(
          SessionSignInMutation,
          { input: { email: String(input['email'] ?? ''), password: String(input['password'] ?? '') } },
          { request },
        );
        return started(result, (data) => data.signIn, secure, false);
      }
      case 'sign-up': {
        const input = await readInput(request);
        const result = await call(
          SessionSignUpMutation,
          { input: { email: String(input['email'] ?? ''), password: String(input['password'] ?? '') } },
          { request },
        );
        return started(result, (data) => data.signUp, secure, false);
      }
      case 'guest': {
        const result = await call(SessionGuestMutation, {}, { request });
        return started(result, (data) => data.startGuestSession, secure, false);
      }
      case 'refresh': {
        const refreshToken = readRefreshCookie(request);
        // No cookie: the normal answer for a visitor who never signed in (every page load asks),
        // so not an error status; a refused token below is one.
        if (!refreshToken) return json({ session: null }, 200, clearedSessionCookies(secure));
        const result = await call(SessionRefreshMutation, { refreshToken }, { request });
        return started(result, (data) => data.refreshSession, secure, true);
      }
      case 'sign-out': {
        // Ends the session at auth when the tab still holds an access token; the cookie goes either way.
        let authorization = request.headers.get('authorization') ?? undefined;
        const refreshToken = readRefreshCookie(request);
        if (!authorization && refreshToken) {
          // The tab lost its access token (reload, expiry): a refresh names the session to end.
          const refreshed = await call(SessionRefreshMutation, { refreshToken }, { request });
          if (refreshed.kind === 'data')
            authorization = `Bearer ${readFragment(SessionPayloadFragment, refreshed.data.refreshSession).accessToken}`;
        }
        if (authorization) await call(SessionSignOutMutation, {}, { request, authorization });
        return json({ signedOut: true }, 200, clearedSessionCookies(secure));
      }
    }
  };
}
