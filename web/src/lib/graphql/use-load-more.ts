'use client';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { useClient, type AnyVariables, type OperationContext } from 'urql';

/** The next page of a connection, on demand, and whether it is on its way. */
export interface LoadMoreState {
  loadMore: (after: string | null | undefined) => Promise<void>;
  loadingMore: boolean;
}

/**
 * The next page of a paginated list, fetched into the cache. The page's own query keeps its
 * variables without `after`; graphcache's `relayPagination` (cache-config.ts) then reads every
 * cached page of the connection as one list, so the page grows in place. After a create or delete
 * the connection is invalidated and the page starts again from its first page.
 */
export function useLoadMore<Data, Variables extends AnyVariables & { after?: string | null }>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  context?: Partial<OperationContext>,
): LoadMoreState {
  const client = useClient();
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = useCallback(
    async (after: string | null | undefined) => {
      if (!after) return;
      setLoadingMore(true);
      try {
        await client.query(query, { ...variables, after }, context).toPromise();
      } finally {
        setLoadingMore(false);
      }
    },
    [client, query, variables, context],
  );
  return { loadMore, loadingMore };
}
