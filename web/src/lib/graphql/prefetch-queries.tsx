import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import type { SSRData } from 'urql';
import { serverConfig } from '@/lib/config/server-config';
import { routerFetch } from '@/lib/client-address/router-fetch';
import { readClientAddress } from '@/lib/session-server/client-address';
import { readPageSession } from '@/lib/session-server/page-session';
import { createServerGraphqlClient } from './client';
import { prefetchResults, type QueryPrefetch } from './prefetch';
import { SeededQueries } from './seeded-queries';

/** A render waits at most this long for the API; after that the browser fetches (decision 1009). */
const PREFETCH_TIMEOUT_MS = 3_000;

/**
 * A full page load (first visit, reload, deep link) rather than a client-side navigation, which
 * fetches only the React payload (`Sec-Fetch-Dest: empty`) from a tab whose cache usually holds the
 * data already: waiting for the API there would only put a skeleton in front of cached content.
 * Without Fetch Metadata (non-browser clients) it counts as a page load.
 */
async function isDocumentRequest(): Promise<boolean> {
  const destination = (await headers()).get('sec-fetch-dest');
  return destination === null || destination === 'document';
}

/**
 * Starts fetching a signed-in page's queries with the visitor's page session (decision 1009).
 * Resolves to the results keyed for `ssrExchange`, or `undefined` when this request gets no
 * prefetch (no page session, or a client-side navigation). Never rejects.
 */
export async function startPrefetch(queries: readonly QueryPrefetch[]): Promise<SSRData | undefined> {
  try {
    const session = await readPageSession();
    if (!session || queries.length === 0 || !(await isDocumentRequest())) return undefined;
    const client = createServerGraphqlClient(serverConfig.graphqlUrl.toString(), {
      accessToken: session.accessToken,
      timeoutMs: PREFETCH_TIMEOUT_MS,
      clientAddress: readClientAddress,
      fetch: routerFetch,
    });
    return await prefetchResults(client, queries);
  } catch {
    return undefined;
  }
}

/**
 * A server component that waits for a prefetch (`startPrefetch`) and hands its results to the
 * browser's cache, so `children` render with data in the server's HTML. Put it inside `<Suspense>`
 * with the page's skeleton: while the API answers, the shell streams with the skeleton. Without
 * results `children` render as they are and fetch in the browser.
 */
export async function PrefetchQueries({
  results,
  children,
}: {
  results: Promise<SSRData | undefined>;
  children: ReactNode;
}) {
  return withPrefetchedResults(await results, children);
}

/** `children` with the prefetch's results seeded into the browser client, or as they are without. */
export function withPrefetchedResults(results: SSRData | undefined, children: ReactNode): ReactNode {
  return results ? <SeededQueries results={results}>{children}</SeededQueries> : children;
}
