import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { postToRouter, type SendOptions } from './router-request.js';
import { randomClientIp } from '../support/forwarded-client.js';

/** Everything a router answer carries that the router scenarios look at. */
export interface RouterAnswer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: { cost?: CostExtension };
  };
}

export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } | null;
}

/** POSTs a GraphQL request (an object, or raw JSON text for a batch) and keeps status and headers. */
export async function send(
  graphqlUrl: string,
  body: object | string,
  options: SendOptions = {},
): Promise<RouterAnswer> {
  const response = await postToRouter(
    graphqlUrl,
    typeof body === 'string' ? body : JSON.stringify(body),
    options,
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as RouterAnswer['body'],
  };
}

/** A new account signed up from `ip`; resolves to its access token. */
export async function signUpFrom(graphqlUrl: string, ip = randomClientIp()): Promise<string> {
  const answer = await send(
    graphqlUrl,
    {
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      variables: {
        input: { email: `e2e-router-${randomUUID()}@example.com`, password: 'correct horse battery staple' },
      },
    },
    { ip },
  );
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data?.['signUp'] as { accessToken: string }).accessToken;
}

/** How many subgraph calls the router has made so far (its router_subgraph_request_duration_seconds). */
export async function subgraphCalls(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
  let calls = 0;
  for (const line of text.split('\n')) {
    const match = /^router_subgraph_request_duration_seconds_count\{[^}]*\} (\d+)/.exec(line);
    if (match) calls += Number(match[1]);
  }
  return calls;
}

/** The first error's code, asserting there is an error. */
export function codeOf(answer: RouterAnswer): unknown {
  expect(answer.body.errors, JSON.stringify(answer.body)).toBeDefined();
  return answer.body.errors![0]!.extensions?.['code'];
}
