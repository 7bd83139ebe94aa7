import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '@packyourbag/service-kit';

/** Response headers a browser script may read (the budget and the request id). */
const EXPOSED = [REQUEST_ID_HEADER, 'ratelimit', 'ratelimit-policy', 'retry-after'].join(', ');

export interface CorsPolicy {
  /** Sets the CORS response headers for an actual request. */
  apply(request: IncomingMessage, response: ServerResponse): void;
  /** Answers a preflight (`OPTIONS`). */
  preflight(request: IncomingMessage, response: ServerResponse): void;
}

/**
 * CORS from an allowlist (CORS_ORIGINS): `*` allows any origin — safe because the router never
 * authenticates from cookies, so a foreign page gains nothing a script outside a browser could not
 * do — otherwise only the listed origins get the headers, and an empty list sends none (the web app
 * calls through its own server and needs no CORS).
 */
export function createCorsPolicy(origins: readonly string[]): CorsPolicy {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  const allowOrigin = (request: IncomingMessage): string | undefined => {
    if (any) return '*';
    const origin = request.headers.origin;
    return origin !== undefined && allowed.has(origin) ? origin : undefined;
  };

  return {
    apply(request, response) {
      const origin = allowOrigin(request);
      if (origin === undefined) return;
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-expose-headers', EXPOSED);
      if (!any) response.setHeader('vary', 'origin');
    },
    preflight(request, response) {
      const origin = allowOrigin(request);
      const headers: Record<string, string> = { 'content-length': '0' };
      if (origin !== undefined) {
        Object.assign(headers, {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers':
            request.headers['access-control-request-headers'] ??
            'authorization, content-type, x-request-id, apollographql-client-name',
          'access-control-max-age': '86400',
        });
        if (!any) headers['vary'] = 'origin';
      }
      response.writeHead(204, headers);
      response.end();
    },
  };
}
