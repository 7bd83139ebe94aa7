import { cacheExchange, createClient, fetchExchange, type Client } from 'urql';

export interface GraphqlClientOptions {
  /**
   * Where operations go. Same-origin by default: Next rewrites `/graphql` to the router, so the
   * browser never needs CORS.
   * @default '/graphql'
   */
  url?: string;
  /** Returns the bearer token for each request, read at send time; `undefined` sends none. */
  getAccessToken: () => string | undefined;
}

/**
 * Builds the app's one urql client. This is the only module that constructs a client, so the
 * transport (headers, exchanges, URL) can change in one place.
 */
export function createGraphqlClient(options: GraphqlClientOptions): Client {
  const { url = '/graphql', getAccessToken } = options;
  return createClient({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // POST for every operation: the router's CSRF protection refuses simple GET requests, and
    // an access token does not belong in a URL that proxies and logs may keep.
    preferGetMethod: false,
    fetchOptions: () => {
      const token = getAccessToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}
