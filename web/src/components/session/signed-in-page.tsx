import { Suspense, type ReactNode } from 'react';
import { Skeleton } from '@/components/feedback/skeleton';
import type { QueryPrefetch } from '@/lib/graphql/prefetch';
import { PrefetchQueries, startPrefetch, withPrefetchedResults } from '@/lib/graphql/prefetch-queries';
import { headStart } from '@/lib/streaming/head-start';
import { RequireSession } from './require-session';

export interface SignedInPageProps {
  /** Announced while the content loads, and shown as a skeleton of `rows` bars. */
  loadingLabel: string;
  rows?: number;
  /** The container's queries, prefetched on the server when the request has a page session (1009). */
  queries?: readonly QueryPrefetch[];
  children: ReactNode;
}

/**
 * A page for signed-in users (server component): signed-out tabs go to sign in; on a page load the
 * server prefetches the container's queries (decision 1009). If they answer within the head start
 * the content is rendered in the shell; otherwise the skeleton shows (Suspense) and the content
 * streams in. Without a page session the container fetches in the browser.
 */
export async function SignedInPage({ loadingLabel, rows, queries = [], children }: SignedInPageProps) {
  const results = startPrefetch(queries);
  const early = await headStart(results);
  const loading = <Skeleton label={loadingLabel} rows={rows} />;
  return (
    <RequireSession fallback={loading}>
      {early.settled ? (
        withPrefetchedResults(early.value, children)
      ) : (
        <Suspense fallback={loading}>
          <PrefetchQueries results={results}>{children}</PrefetchQueries>
        </Suspense>
      )}
    </RequireSession>
  );
}
