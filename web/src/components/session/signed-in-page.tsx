import { Suspense, type ReactNode } from 'react';
import { Skeleton } from '@/components/feedback/skeleton';
import type { QueryPrefetch } from '@/lib/graphql/prefetch';
import { PrefetchQueries } from '@/lib/graphql/prefetch-queries';
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
 * A page for signed-in users (server component): signed-out tabs go to sign in, the skeleton shows
 * while the server prefetches the page's queries (streamed with Suspense), then the container
 * renders with its data in the HTML. Without a page session the container fetches in the browser.
 */
export function SignedInPage({ loadingLabel, rows, queries = [], children }: SignedInPageProps) {
  const loading = <Skeleton label={loadingLabel} rows={rows} />;
  return (
    <RequireSession fallback={loading}>
      <Suspense fallback={loading}>
        <PrefetchQueries queries={queries}>{children}</PrefetchQueries>
      </Suspense>
    </RequireSession>
  );
}
