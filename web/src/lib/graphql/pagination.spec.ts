import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, type Exchange, type OperationResult } from 'urql';
import { filter, fromValue, mergeMap, pipe } from 'wonka';
import { describe, expect, it } from 'vitest';
import { NextPageFragment } from '@/components/feedback/load-more';
import { ListsQuery } from '@/components/lists/lists.documents';
import { readFragment } from '@/gql';
import { cacheConfig } from './cache-config';

// A stand-in for the API (named as such): answers ListsQuery with pages of two lists out of five.
const ALL = Array.from({ length: 5 }, (_, index) => `list-${index}`);
const served: (string | null)[] = [];
const fakeApi: Exchange = () => (operations$) =>
  pipe(
    operations$,
    filter((operation) => operation.kind === 'query'),
    mergeMap((operation) => {
      const after = (operation.variables as { after?: string }).after ?? null;
      served.push(after);
      const start = after === null ? 0 : ALL.indexOf(after) + 1;
      const page = ALL.slice(start, start + 2);
      const result: OperationResult = {
        operation,
        stale: false,
        hasNext: false,
        data: {
          __typename: 'Query',
          me: {
            __typename: 'User',
            id: 'u1',
            lists: {
              __typename: 'ListConnection',
              totalCount: ALL.length,
              pageInfo: {
                __typename: 'PageInfo',
                endCursor: page.at(-1) ?? null,
                hasNextPage: start + 2 < ALL.length,
              },
              nodes: page.map((id) => ({
                __typename: 'List',
                id,
                name: id,
                colorIndex: 0,
                summary: { __typename: 'WeightSummary', totalMg: 0, itemCount: 0 },
              })),
            },
            preferences: {
              __typename: 'Preferences',
              weightUnit: 'G',
              showPoundsAndOunces: false,
              locale: 'en-US',
            },
          },
        },
      };
      return fromValue(result);
    }),
  );

describe('paginated connections in the cache (relayPagination)', () => {
  it('shows every page fetched with a cursor under the page query without one', async () => {
    const client = new Client({
      url: 'http://127.0.0.1:9/graphql',
      exchanges: [cacheExchange(cacheConfig), fakeApi],
    });
    const names = async () =>
      (await client.query(ListsQuery, {}, { requestPolicy: 'cache-first' }).toPromise()).data?.me?.lists;

    const first = await names();
    expect(first?.nodes.map((node) => node.id)).toEqual(['list-0', 'list-1']);
    await client
      .query(ListsQuery, { after: readFragment(NextPageFragment, first?.pageInfo)?.endCursor })
      .toPromise();
    await client.query(ListsQuery, { after: 'list-3' }).toPromise();

    const merged = await names();
    expect(merged?.nodes.map((node) => node.id)).toEqual(ALL);
    expect(merged?.pageInfo).toMatchObject({ hasNextPage: false, endCursor: 'list-4' });
    expect(served).toEqual([null, 'list-1', 'list-3']);
  });
});
