import { signClientAddress, signTraceProof } from '@packyourbag/service-kit/client-address';
import { activeTraceId } from '@packyourbag/telemetry';

type Fetch = typeof fetch;

function bodyBytes(body: BodyInit | null | undefined): Uint8Array | string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  // Our forwarders send strings or bytes; a stream could not be signed without buffering it.
  throw new TypeError('A forwarded client address can only be signed over a string or byte body.');
}

function urlOf(input: RequestInfo | URL): URL {
  return new URL(input instanceof Request ? input.url : input.toString());
}

/**
 * A `fetch` for calls to the router that proves the client address the web server settled
 * (`x-forwarded-for`, decision 1010) with CLIENT_ADDRESS_SECRET (decision 0713): the router believes
 * a forwarded address only with this proof. With tracing on it also proves the trace it is in, so
 * the router continues it (decision 1380; the `traceparent` itself is added by the instrumentation).
 * Calls without either go out unchanged; so does everything when no secret is configured (the
 * router then sees the web server's address and starts traces of its own).
 */
export function createSigningFetch(
  secret: string | undefined,
  fetchFn: Fetch = (...args) => fetch(...args),
  traceId: () => string | undefined = activeTraceId,
): Fetch {
  if (!secret) return fetchFn;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    const address = headers.get('x-forwarded-for');
    const trace = traceId();
    if (address === null && trace === undefined) return fetchFn(input, init);
    if (address !== null) {
      const proof = signClientAddress(secret, {
        address,
        method: init?.method ?? 'GET',
        search: urlOf(input).search,
        body: bodyBytes(init?.body),
      });
      for (const [name, value] of Object.entries(proof)) headers.set(name, value);
    }
    if (trace !== undefined) {
      for (const [name, value] of Object.entries(signTraceProof(secret, trace))) headers.set(name, value);
    }
    return fetchFn(input, { ...init, headers });
  };
}
