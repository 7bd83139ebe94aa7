import type { ServerResponse } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';

/** Sends a JSON body with its length, so keep-alive connections need no chunked framing. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** A GraphQL-shaped refusal (`{ errors: [...] }`) for requests stopped before GraphQL runs. */
export function sendGraphQLError(
  response: ServerResponse,
  status: number,
  error: GraphQLFormattedError,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { errors: [error] }, headers);
}
