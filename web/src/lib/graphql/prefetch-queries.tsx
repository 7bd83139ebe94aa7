import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { serverConfig } from '@/lib/config/server-config';
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
 * A server component that fetches a signed-in page's queries with the visitor's page session
 * (decision 1009) and hands the results to the browser's cache, so `children` render with data in
 * the server's HTML. Put it inside `<Suspense>` with the page's skeleton: the shell streams at once
 * and the content follows. Without a page session it renders `children` as they are, and they fetch
 * in the browser, as they do after a client-side navigation.
 */
export async function PrefetchQueries({
  queries,
  children,
}: {
  queries: readonly QueryPrefetch[];
  children: ReactNode;
}) {
  const session = await readPageSession();
  if (!session || !(await isDocumentRequest())) return children;
  const client = createServerGraphqlClient(serverConfig.graphqlUrl.toString(), {
    accessToken: session.accessToken,
    timeoutMs: PREFETCH_TIMEOUT_MS,
    clientAddress: readClientAddress,
  });
  const results = await prefetchResults(client, queries);
  return <SeededQueries results={results}>{children}</SeededQueries>;
}
