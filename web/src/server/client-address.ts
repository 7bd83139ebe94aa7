import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import {
  CLIENT_ADDRESS_PROOF_HEADER,
  CLIENT_ADDRESS_TIMESTAMP_HEADER,
  establishClientAddress,
  normaliseIpAddress,
  type IsTrustedProxy,
} from '@packyourbag/service-kit/client-address';

/** Headers that name the client; nothing downstream may read a value the client chose. */
const CLIENT_ADDRESS_HEADERS = [
  'x-forwarded-for',
  'x-real-ip',
  'forwarded',
  CLIENT_ADDRESS_PROOF_HEADER,
  CLIENT_ADDRESS_TIMESTAMP_HEADER,
] as const;

/**
 * Headers a TLS front proxy sets about the original request. From anyone else they are dropped, so
 * Next fills in its own (true) values: `x-forwarded-host` is what the session routes compare the
 * `Origin` with, `x-forwarded-proto` decides the cookie's `Secure`.
 */
const FRONT_PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'] as const;

/**
 * Rewrites a request's headers before Next sees them: `x-forwarded-for` becomes the one address
 * {@link establishClientAddress} settles on (the router takes the first hop from the web app, so it
 * must be the only one), `x-real-ip` and `forwarded` are removed, and a peer that is not a trusted
 * proxy loses its `x-forwarded-host/proto/port`. Next only adds these headers when they are absent,
 * so without this step a browser's own `X-Forwarded-For` would reach the router.
 */
export function rewriteForwardingHeaders(
  request: { headers: IncomingHttpHeaders; socket: Pick<IncomingMessage['socket'], 'remoteAddress'> },
  isTrustedProxy: IsTrustedProxy,
): void {
  const { headers } = request;
  const peer = request.socket.remoteAddress;
  const client = establishClientAddress(peer, headers['x-forwarded-for'], isTrustedProxy);
  const peerAddress = peer === undefined ? undefined : normaliseIpAddress(peer);
  const fromTrustedProxy = peerAddress !== undefined && isTrustedProxy(peerAddress);
  for (const name of CLIENT_ADDRESS_HEADERS) delete headers[name];
  if (!fromTrustedProxy) for (const name of FRONT_PROXY_HEADERS) delete headers[name];
  if (client !== undefined) headers['x-forwarded-for'] = client;
}
