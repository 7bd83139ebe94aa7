import { forwardedFrom } from './forwarded-client.js';

/** A GraphQL response as the wire carries it; scenarios assert on codes, not messages. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface PostOptions {
  variables?: Record<string, unknown>;
  /** Sent as `Authorization: Bearer …`. */
  token?: string;
  headers?: Record<string, string>;
  /** The caller's address, forwarded with the web server's proof (e2e/support/forwarded-client.ts). */
  forwardedFor?: string;
}

/** POSTs one operation to `url` and returns status and body. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  options: PostOptions = {},
): Promise<GraphQLResponse<TData>> {
  const body = JSON.stringify({ query, variables: options.variables ?? {} });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.forwardedFor ? forwardedFrom(options.forwardedFor, body) : {}),
      ...options.headers,
    },
    body,
  });
  const answer = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...answer };
}
