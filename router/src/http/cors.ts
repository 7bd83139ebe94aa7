import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '@packyourbag/service-kit';

/**
 * Any origin may call the API: the router authenticates only from the `Authorization` header and
 * never from cookies, so a foreign page gains nothing a script outside a browser could not do.
 */
export function allowAnyOrigin(response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('access-control-expose-headers', REQUEST_ID_HEADER);
}

/** Answers a CORS preflight for the GraphQL endpoint. */
export function answerPreflight(request: IncomingMessage, response: ServerResponse): void {
  allowAnyOrigin(response);
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers':
      request.headers['access-control-request-headers'] ?? 'authorization, content-type, x-request-id',
    'access-control-max-age': '86400',
    'content-length': '0',
  });
  response.end();
}
