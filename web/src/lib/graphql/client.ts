import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import {
  createClient,
  fetchExchange,
  type Client,
  type CombinedError,
  type Exchange,
  type SSRExchange,
} from 'urql';
import { filter, pipe } from 'wonka';
import { cacheConfig } from './cache-config';
import type { ConnectionStatus } from './reconnect/connection-status';
import { reconnectExchange } from './reconnect/reconnect-exchange';

/** The client name the router holds to trusted documents (router decision 0705). */
export const WEB_CLIENT_NAME = 'packyourbag-web';

export interface GraphqlClientOptions {
  /**
   * Where operations go. Same-origin by default: the `/graphql` route handler forwards to the
   * router, so the browser never needs CORS.
   * @default '/graphql'
   */
  url?: string;
  /** Returns the bearer token for each request, read at send time; `undefined` sends none. */
  getAccessToken: () => string | undefined;
  /**
   * Gets a new access token after the API answered UNAUTHENTICATED (the operation is retried once)
   * or just before an expired token would be sent. Resolves whether or not it succeeded.
   */
  refreshAccessToken?: () => Promise<unknown>;
  /** Whether the current token is known to be expired (refresh before sending). @default () => false */
  isAccessTokenExpired?: () => boolean;
  /**
   * Results the server prefetched for this page (decision 1009), answered before the network and
   * written into graphcache like any other result.
   */
  ssr?: SSRExchange;
  /**
   * `false` while a client component renders on the server: what the prefetch did not answer stays
   * loading (a skeleton) instead of being fetched by the web server without the user's token; the
   * browser fetches it after hydrating.
   * @default true
   */
  network?: boolean;
  /**
   * Reads that meet an outage (SERVICE_UNAVAILABLE, router 503 + Retry-After) are retried until the
   * API answers, and this status says so (the "We're reconnecting…" banner). Writes are never
   * replayed. Without it, outages reach the page as errors.
   */
  connectionStatus?: ConnectionStatus;
}

/** Answers nothing: operations stay pending (the server render of client components). */
const pendingExchange: Exchange =
  ({ forward }) =>
  (operations$) =>
    forward(
      pipe(
        operations$,
        filter(() => false),
      ),
    );

function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((graphqlError) => graphqlError.extensions['code'] === 'UNAUTHENTICATED');
}

/** The hash codegen embeds in every document (`persistedDocuments`, web/src/gql). */
function embeddedHash(document: unknown): Promise<string> {
  const meta = (document as { __meta__?: { hash?: unknown } } | undefined)?.__meta__;
  return Promise.resolve(typeof meta?.hash === 'string' ? meta.hash : '');
}

/**
 * Builds the app's one urql client. This is the only module that constructs a client, so the
 * transport (headers, exchanges, URL) can change in one place:
 * graphcache (normalized, optimistic) → ssr (results the server prefetched, 1009) → reconnect
 * (reads retried through an outage, 1412) → auth (bearer token, one refresh-and-retry) → persisted
 * (trusted documents: only the sha256 hash is sent) → fetch.
 */
export function createGraphqlClient(options: GraphqlClientOptions): Client {
  const {
    url = '/graphql',
    getAccessToken,
    refreshAccessToken = () => Promise.resolve(),
    isAccessTokenExpired = () => false,
    ssr,
    network = true,
    connectionStatus,
  } = options;
  const transport = network
    ? [
        ...(connectionStatus ? [reconnectExchange({ status: connectionStatus })] : []),
        ...networkExchanges(getAccessToken, refreshAccessToken, isAccessTokenExpired),
      ]
    : [pendingExchange];
  return createClient({
    url,
    exchanges: [cacheExchange(cacheConfig), ...(ssr ? [ssr] : []), ...transport],
    preferGetMethod: false,
    fetchOptions: { headers: { 'apollographql-client-name': WEB_CLIENT_NAME } },
  });
}

function networkExchanges(
  getAccessToken: () => string | undefined,
  refreshAccessToken: () => Promise<unknown>,
  isAccessTokenExpired: () => boolean,
): Exchange[] {
  return [
    authExchange(async (utils) => ({
      addAuthToOperation(operation) {
        const token = getAccessToken();
        return token ? utils.appendHeaders(operation, { authorization: `Bearer ${token}` }) : operation;
      },
      didAuthError: isUnauthenticated,
      willAuthError: isAccessTokenExpired,
      async refreshAuth() {
        await refreshAccessToken();
      },
    })),
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      // POST for every operation: an access token does not belong beside a URL proxies log.
      preferGetForPersistedQueries: false,
      generateHash: (_query, document) => embeddedHash(document),
    }),
    fetchExchange,
  ];
}

export interface ServerGraphqlClientOptions {
  /** The visitor's access token from the page session (1009); anonymous without one. */
  accessToken?: string;
  /** Gives up after this long, so a slow API turns into a browser fetch instead of a stalled page. */
  timeoutMs?: number;
  /**
   * The visitor's address, read when a request is sent (the web server settled it, decision 1010),
   * so the router keys anonymous budgets on the visitor and not on the web server.
   */
  clientAddress?: () => Promise<string | undefined>;
  /**
   * What sends the request; the server passes one that proves the visitor's address (0713).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
}

/**
 * A client for server components: trusted documents by hash, straight to the router, never cached
 * across requests. Anonymous for public pages such as `/s/<token>`; with the page session's token
 * for prefetching a signed-in page (decision 1009).
 */
export function createServerGraphqlClient(url: string, options: ServerGraphqlClientOptions = {}): Client {
  const headers: Record<string, string> = { 'apollographql-client-name': WEB_CLIENT_NAME };
  if (options.accessToken) headers['authorization'] = `Bearer ${options.accessToken}`;
  const { clientAddress, fetch: fetchFn = (...args: Parameters<typeof fetch>) => fetch(...args) } = options;
  return createClient({
    url,
    ...(clientAddress && {
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const address = await clientAddress();
        const withAddress = new Headers(init?.headers);
        if (address) withAddress.set('x-forwarded-for', address);
        return fetchFn(input, { ...init, headers: withAddress });
      },
    }),
    exchanges: [
      persistedExchange({
        enforcePersistedQueries: true,
        preferGetForPersistedQueries: false,
        generateHash: (_query, document) => embeddedHash(document),
      }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: () => ({
      headers,
      cache: 'no-store',
      ...(options.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(options.timeoutMs) }),
    }),
  });
}
