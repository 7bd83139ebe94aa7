import { graphql, readFragment, type FragmentType } from '@/gql';
import type { LoadMoreState } from '@/lib/graphql/use-load-more';

export interface LoadMoreProps {
  /** How many are on the page now. */
  shown: number;
  /** How many there are in all (the connection's totalCount). */
  total: number;
  /** What is counted, plural: "items", "lists". */
  noun: string;
  hasMore: boolean;
  busy: boolean;
  onLoadMore: () => void;
}

/**
 * "Showing 100 of 1,000 items" and a button for the next page of a paginated list. The count is
 * announced politely so a screen reader hears that rows were added. Presentational.
 */
export function LoadMore({ shown, total, noun, hasMore, busy, onLoadMore }: LoadMoreProps) {
  const format = new Intl.NumberFormat('en-US');
  return (
    <div className="row load-more">
      <p className="muted" role="status">
        Showing {format.format(shown)} of {format.format(total)} {noun}
      </p>
      {hasMore ? (
        <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={onLoadMore}>
          {busy ? 'Loading…' : `Show more ${noun}`}
        </button>
      ) : null}
    </div>
  );
}

/** Where the next page starts; every paginated query spreads it into its connection's pageInfo. */
export const NextPageFragment = graphql(`
  fragment NextPage on PageInfo {
    endCursor
    hasNextPage
  }
`);

export interface ConnectionLoadMoreProps {
  /** The page's connection as the query answered it. */
  connection: {
    nodes: readonly unknown[];
    totalCount: number;
    pageInfo: FragmentType<typeof NextPageFragment>;
  };
  noun: string;
  /** What `useLoadMore` returns for the same query. */
  more: LoadMoreState;
}

/** LoadMore for a connection: its count, its total and the cursor of the next page. */
export function ConnectionLoadMore({ connection, noun, more }: ConnectionLoadMoreProps) {
  const page = readFragment(NextPageFragment, connection.pageInfo);
  return (
    <LoadMore
      shown={connection.nodes.length}
      total={connection.totalCount}
      noun={noun}
      hasMore={page.hasNextPage}
      busy={more.loadingMore}
      onLoadMore={() => void more.loadMore(page.endCursor)}
    />
  );
}
