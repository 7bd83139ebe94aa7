/**
 * The web server's configuration, parsed once when Next loads `next.config.ts` and validated so a
 * bad value stops start-up with a message naming the variable.
 */
export interface WebConfig {
  /**
   * The router's GraphQL endpoint. The browser never calls it directly: `/graphql` on the web
   * origin is rewritten to it, so the web path needs no CORS.
   * @default http://127.0.0.1:4000/graphql (env GRAPHQL_URL)
   */
  graphqlUrl: URL;
  /**
   * The key the web server signs the client address it forwards to the router with (decision
   * 0713); the router's CLIENT_ADDRESS_SECRET. Without it the router takes every visitor for the
   * web server's own address (safe, but one shared anonymous rate limit).
   * @default none (env CLIENT_ADDRESS_SECRET, at least 32 characters)
   */
  clientAddressSecret?: string;
}

/** The router's default address in the system contract. */
export const DEFAULT_GRAPHQL_URL = 'http://127.0.0.1:4000/graphql';

export class WebConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'WebConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function readWebConfig(env: Env): WebConfig {
  const text = env['GRAPHQL_URL'] || DEFAULT_GRAPHQL_URL;
  let graphqlUrl: URL;
  try {
    graphqlUrl = new URL(text);
  } catch {
    throw new WebConfigError('GRAPHQL_URL', `must be a URL, got "${text}".`);
  }
  if (graphqlUrl.protocol !== 'http:' && graphqlUrl.protocol !== 'https:') {
    throw new WebConfigError('GRAPHQL_URL', `must be an http(s) URL, got "${text}".`);
  }
  const clientAddressSecret = env['CLIENT_ADDRESS_SECRET'] || undefined;
  if (clientAddressSecret !== undefined && clientAddressSecret.length < 32) {
    throw new WebConfigError('CLIENT_ADDRESS_SECRET', 'must be at least 32 characters.');
  }
  return { graphqlUrl, ...(clientAddressSecret === undefined ? {} : { clientAddressSecret }) };
}
