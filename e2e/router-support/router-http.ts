import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { forwardedFrom } from '../support/forwarded-client.js';

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

export interface SendOptions {
  token?: string;
  /** The caller's IP, forwarded as the web server forwards it (with its proof, 0713). */
  ip?: string;
  /** The stack's CLIENT_ADDRESS_SECRET. @default E2E_CLIENT_ADDRESS_SECRET */
  clientAddressSecret?: string;
  headers?: Record<string, string>;
}

/** POSTs a GraphQL request (an object, or raw JSON text for a batch) and keeps status and headers. */
export async function send(
  graphqlUrl: string,
  body: object | string,
  options: SendOptions = {},
): Promise<RouterAnswer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const forwarded = options.ip
    ? forwardedFrom(
        options.ip,
        text,
        options.clientAddressSecret ? { secret: options.clientAddressSecret } : {},
      )
    : {};
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...forwarded,
      ...options.headers,
    },
    body: text,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as RouterAnswer['body'],
  };
}

/** An address of its own for each anonymous caller, so no scenario spends another's IP bucket. */
export const randomIp = () =>
  `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** A new account signed up from `ip`; resolves to its access token. */
export async function signUpFrom(graphqlUrl: string, ip = randomIp()): Promise<string> {
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
