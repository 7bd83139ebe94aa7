import { forwardedFrom } from '../support/forwarded-client.js';

// Vitest-free, so `npm run fuzz` (outside vitest) sends its requests the way the scenarios do.

export interface SendOptions {
  token?: string;
  /** The caller's IP, forwarded as the web server forwards it (with its proof, 0713). */
  ip?: string;
  /** The stack's CLIENT_ADDRESS_SECRET. @default E2E_CLIENT_ADDRESS_SECRET */
  clientAddressSecret?: string;
  headers?: Record<string, string>;
  /** Aborts the request (AbortSignal.timeout for a bound on how long it may take). */
  signal?: AbortSignal;
}

/** POSTs JSON text to the router as a client would: its token, and its address forwarded with a proof. */
export function postToRouter(graphqlUrl: string, text: string, options: SendOptions = {}): Promise<Response> {
  const forwarded = options.ip
    ? forwardedFrom(
        options.ip,
        text,
        options.clientAddressSecret ? { secret: options.clientAddressSecret } : {},
      )
    : {};
  return fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...forwarded,
      ...options.headers,
    },
    body: text,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
