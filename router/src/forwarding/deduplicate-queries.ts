import { REQUEST_ID_HEADER } from '@packyourbag/service-kit';
import type { Fetcher, FetcherResponse } from './buffered-response.js';

export interface QueryDeduplicationOptions {
  /**
   * Headers left out of the identity of a call: they differ between callers without changing the
   * answer (the request id is per request; the router proof is added after this layer anyway).
   * @default ['x-request-id']
   */
  ignoredHeaders?: readonly string[];
}

/**
 * The gateway serializes `{ query, variables, operationName }` with the query first, so a query
 * (never a mutation) is recognisable from the body's first bytes without parsing it.
 */
function isQuery(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}

/**
 * Subgraph query deduplication (Apollo Router's `traffic_shaping … deduplicate_query`, on by default
 * in Hive Gateway): a query call identical to one already in flight — same URL, same body, same
 * headers (the caller's token, client name, IP and user agent) — waits for that call's answer
 * instead of sending its own. Only queries: a mutation always runs once per request. The answer is
 * a BufferedResponse, which every waiter may read (each `json()` parses its own copy).
 * The subgraph logs the request id of the call that went out.
 */
export function deduplicateQueries(fetch: Fetcher, options: QueryDeduplicationOptions = {}): Fetcher {
  const ignored = new Set((options.ignoredHeaders ?? [REQUEST_ID_HEADER]).map((name) => name.toLowerCase()));
  const inFlight = new Map<string, Promise<FetcherResponse>>();

  return (url, init = {}) => {
    const body = init.body;
    if (typeof body !== 'string' || !isQuery(body)) return fetch(url, init);
    let key = `${init.method ?? 'POST'} ${url}\n`;
    const headers = Object.entries(init.headers ?? {})
      .filter(([name]) => !ignored.has(name.toLowerCase()))
      .map(([name, value]) => `${name.toLowerCase()}:${value}`)
      .sort();
    key += `${headers.join('\n')}\n\n${body}`;
    const existing = inFlight.get(key);
    if (existing) return existing;
    const call = fetch(url, init).finally(() => inFlight.delete(key));
    inFlight.set(key, call);
    return call;
  };
}
