export interface GraphqlProxyOptions {
  /** The router's GraphQL URL (GRAPHQL_URL); the browser's same-origin `/graphql` goes here. */
  upstream: URL;
  /**
   * How long to wait for the router's response headers before answering 504.
   * @default 30000
   */
  timeoutMs?: number;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/**
 * Request headers the API needs; cookies and everything else of the web origin stay behind.
 * `x-forwarded-for` is the one address the web server settled (src/server, decision 1010), never
 * the browser's own: the router believes it from the web app.
 */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'user-agent',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
];

/**
 * Response headers that describe one hop, or that `fetch` already undid (it decompresses, so the
 * upstream encoding and length no longer describe the body it hands over).
 */
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
]);

/**
 * Builds the handler behind `/graphql` on the web origin: it forwards the browser's GraphQL request
 * to the router and streams the answer back, so the browser needs no CORS and the router's status,
 * rate-limit headers and errors reach it unchanged. The upstream is fixed when the server starts.
 */
export function createGraphqlProxy(options: GraphqlProxyOptions): (request: Request) => Promise<Response> {
  const { upstream, timeoutMs = 30_000, fetch: fetchFn = fetch } = options;

  return async (request) => {
    const target = new URL(upstream);
    target.search = new URL(request.url).search; // GET operations carry the query in the URL
    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let answer: Response;
    try {
      answer = await fetchFn(target, {
        method: request.method,
        headers,
        body: hasBody ? await request.arrayBuffer() : undefined,
        signal: controller.signal,
        cache: 'no-store',
        redirect: 'manual',
      });
    } catch {
      // No GraphQL body: the client reports "cannot be reached", which is the truth here.
      const status = controller.signal.aborted ? 504 : 502;
      return new Response(status === 504 ? 'The API did not answer in time.' : 'The API is not reachable.', {
        status,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      });
    } finally {
      clearTimeout(timer);
    }

    const responseHeaders = new Headers();
    answer.headers.forEach((value, name) => {
      if (!DROPPED_RESPONSE_HEADERS.has(name)) responseHeaders.append(name, value);
    });
    return new Response(answer.body, { status: answer.status, headers: responseHeaders });
  };
}
