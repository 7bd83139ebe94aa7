import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { describe, expect, it } from 'vitest';
import type { RouterContext } from '../context.js';
import type { Fetcher } from './buffered-response.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

const URL = 'http://subgraph.test/graphql';

/** A fetcher that answers every request with `status` and a JSON body. */
function answering(status: number, body: unknown): Fetcher {
  return (async () => ({
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    url: URL,
    headers: new Headers({ 'content-type': 'application/graphql-response+json' }),
    json: async () => body,
    text: async () => JSON.stringify(body),
  })) as unknown as Fetcher;
}

function send(fetcher: Fetcher) {
  const source = new SubgraphDataSource(URL, fetcher);
  // The gateway's own health-check shape: no incoming request, so no caller headers to add.
  return source.process({
    request: { query: 'mutation ($v: CreateTripInput!) { createTrip(input: $v) { id } }' },
    context: {},
  } as unknown as GraphQLDataSourceProcessOptions<RouterContext>);
}

describe('SubgraphDataSource', () => {
  it("relays a subgraph's 4xx GraphQL errors with their codes (a custom scalar the router cannot check was refused there)", async () => {
    // graphql-js in the subgraph refuses `endDate: 34` for its Date scalar while coercing
    // variables; Apollo Server answers that with HTTP 400. The router knows Date only by name.
    const refusal = {
      errors: [
        {
          message:
            'Variable "$v" got invalid value 34 at "v.endDate"; Date must be a calendar date written YYYY-MM-DD.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    };
    const response = await send(answering(400, refusal));
    expect(response.errors).toEqual(refusal.errors);
    expect(response.data ?? null).toBeNull();
  });

  it('still fails on a 4xx without GraphQL errors, and on any 5xx (masked by the router)', async () => {
    await expect(send(answering(400, 'Bad Request'))).rejects.toThrow('400');
    await expect(send(answering(502, { errors: [{ message: 'upstream' }] }))).rejects.toThrow('502');
  });
});
