import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient, fetchExchange, type Client, type CombinedError } from 'urql';
import { cacheConfig } from './cache-config';

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
}

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
 * graphcache (normalized, optimistic) → auth (bearer token, one refresh-and-retry) →
 * persisted (trusted documents: only the sha256 hash is sent) → fetch.
 */
export function createGraphqlClient(options: GraphqlClientOptions): Client {
  const {
    url = '/graphql',
    getAccessToken,
    refreshAccessToken = () => Promise.resolve(),
    isAccessTokenExpired = () => false,
  } = options;
  return createClient({
    url,
    exchanges: [
      cacheExchange(cacheConfig),
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
    ],
    preferGetMethod: false,
    fetchOptions: { headers: { 'apollographql-client-name': WEB_CLIENT_NAME } },
  });
}

/**
 * A client for server components: anonymous (the web server holds no user's access token, 1001),
 * trusted documents by hash, straight to the router. Used for public pages such as `/s/<token>`.
 */
export function createServerGraphqlClient(url: string): Client {
  return createClient({
    url,
    exchanges: [
      persistedExchange({
        enforcePersistedQueries: true,
        preferGetForPersistedQueries: false,
        generateHash: (_query, document) => embeddedHash(document),
      }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: { headers: { 'apollographql-client-name': WEB_CLIENT_NAME }, cache: 'no-store' },
  });
}
