import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createRequest, type AnyVariables, type Client, type SSRData } from 'urql';

/** A query a page's container will run, with exactly the variables it will run it with. */
export interface QueryPrefetch {
  document: TypedDocumentNode<unknown, AnyVariables>;
  variables: AnyVariables;
}

/**
 * Names a query to prefetch, typed like `useQuery`: the variables must be the container's own (the
 * same object shape gives the same operation key; a mismatch only means the browser fetches).
 */
export function prefetchOf<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): QueryPrefetch {
  return { document: document as TypedDocumentNode<unknown, AnyVariables>, variables };
}

/**
 * Runs the queries at once and returns the complete answers keyed like urql's operations, ready for
 * `ssrExchange.restoreData`. A query that fails, or answers with any error, is left out: the
 * browser then fetches it and shows the error with a retry, as without prefetching.
 */
export async function prefetchResults(client: Client, queries: readonly QueryPrefetch[]): Promise<SSRData> {
  const answers = await Promise.all(
    queries.map(async ({ document, variables }) => {
      const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || result.data === undefined || result.data === null) return undefined;
      return [
        createRequest(document, variables).key,
        { data: JSON.stringify(result.data), hasNext: false },
      ] as const;
    }),
  );
  const results: SSRData = {};
  for (const answer of answers) if (answer) results[answer[0]] = answer[1];
  return results;
}
