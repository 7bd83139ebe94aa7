import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequest, ssrExchange, type AnyVariables, type Client, type SSRData } from 'urql';
import { NextPageFragment } from '@/components/feedback/load-more';
import { ListsQuery } from '@/components/lists/lists.documents';
import { WeightCardSummaryFragment } from '@/components/weights/weight-card-row';
import { makeFragmentData } from '@/gql';
import type { ListsQuery as ListsQueryData } from '@/gql/graphql';
import { WeightDisplayPreferencesFragment } from '@/lib/weight/weight-display';
import { createGraphqlClient, createServerGraphqlClient } from './client';
import { prefetchOf, prefetchResults } from './prefetch';

const lists: ListsQueryData = {
  __typename: 'Query',
  me: {
    __typename: 'User',
    id: 'u1',
    lists: {
      __typename: 'ListConnection',
      totalCount: 1,
      pageInfo: {
        __typename: 'PageInfo',
        ...makeFragmentData(
          { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          NextPageFragment,
        ),
      },
      nodes: [
        {
          __typename: 'List',
          id: 'l1',
          name: 'Summer 3-season',
          colorIndex: 2,
          summary: {
            __typename: 'WeightSummary',
            ...makeFragmentData(
              { __typename: 'WeightSummary', totalMg: 4_200_000, itemCount: 12 },
              WeightCardSummaryFragment,
            ),
          },
        },
      ],
    },
    preferences: {
      __typename: 'Preferences',
      ...makeFragmentData(
        { __typename: 'Preferences', weightUnit: 'G', showPoundsAndOunces: false, locale: 'en' },
        WeightDisplayPreferencesFragment,
      ),
    },
  },
};

interface SeenRequest {
  authorization: string | null;
  forwardedFor: string | null;
  body: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
}

/**
 * Stands in for the router's HTTP answer: this spec is about operation keys and the cache
 * (e2e/web-prefetch renders pages against the real router).
 */
function stubRouter(answer: unknown): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.stubGlobal('fetch', async (_url: string | URL | Request, init?: RequestInit) => {
    seen.push({
      authorization: new Headers(init?.headers).get('authorization'),
      forwardedFor: new Headers(init?.headers).get('x-forwarded-for'),
      body: JSON.parse(String(init?.body)) as SeenRequest['body'],
    });
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  });
  return seen;
}

/** What useQuery's first render reads: the result the client answers synchronously, if any. */
function answeredAtOnce(client: Client): unknown {
  let data: unknown;
  // As useQuery builds it for `useQuery({ query: ListsQuery })`: no variables object at all.
  const request = createRequest<unknown, AnyVariables>(ListsQuery, undefined);
  client
    .executeQuery(request)
    .subscribe((result) => (data = result.data))
    .unsubscribe();
  return data;
}

const serverClient = () =>
  createServerGraphqlClient('http://router.test/graphql', {
    accessToken: 'token-1',
    clientAddress: async () => '203.0.113.9',
  });
const browserClient = (seed?: SSRData) => {
  const ssr = ssrExchange({ isClient: true });
  if (seed) ssr.restoreData(seed);
  return createGraphqlClient({ ssr, network: false, getAccessToken: () => undefined });
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('server prefetch seeding the browser client', () => {
  it('prefetches by hash with the bearer token and the visitor address; the seeded client answers the page query at once', async () => {
    const seen = stubRouter({ data: lists });
    const seed = await prefetchResults(serverClient(), [prefetchOf(ListsQuery, {})]);

    expect(seen).toHaveLength(1);
    expect(seen[0]?.authorization).toBe('Bearer token-1');
    // The visitor's address as the web server settled it, so the router keys budgets on the visitor.
    expect(seen[0]?.forwardedFor).toBe('203.0.113.9');
    expect(seen[0]?.body.query).toBeUndefined();
    expect(seen[0]?.body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    // useQuery without variables and the prefetch with `{}` are the same operation.
    expect(answeredAtOnce(browserClient(seed))).toEqual(lists);
  });

  it('leaves out a query that answered with an error, so the browser fetches it and shows the error', async () => {
    stubRouter({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    expect(await prefetchResults(serverClient(), [prefetchOf(ListsQuery, {})])).toEqual({});
  });

  it('keeps an unseeded query pending without the network, as in the server render of a container', () => {
    const seen = stubRouter({ data: lists });
    expect(answeredAtOnce(browserClient())).toBeUndefined();
    expect(seen).toHaveLength(0);
  });
});
