import type { IncomingMessage } from 'node:http';
import {
  CLIENT_ADDRESS_PROOF_HEADER,
  CLIENT_ADDRESS_TIMESTAMP_HEADER,
  establishClientAddress,
  verifyClientAddress,
  type IsTrustedProxy,
} from '@packyourbag/service-kit/client-address';

export interface ClientAddressOptions {
  /** TRUSTED_PROXIES: network proxies whose X-Forwarded-For hops are read right to left. */
  isTrustedProxy: IsTrustedProxy;
  /** CLIENT_ADDRESS_SECRET: the web server's key; without one no signed forward is believed. */
  secret: string | undefined;
  /** @default Date.now */
  now?: () => number;
}

export interface ClientAddress {
  address: string;
  /** Why a client-address proof that came with the request was not believed (the caller logs it). */
  refusedProof?: 'missing' | 'stale' | 'invalid' | 'not-an-address' | 'no-secret';
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The caller's IP address (decision 0713). A forward signed by the web server
 * (`x-client-address-proof` over the one `X-Forwarded-For` hop, the method, query string and body)
 * names the client. Otherwise the socket's peer, or, when the peer is a configured network proxy,
 * the right-most `X-Forwarded-For` hop no trusted proxy is. A caller on the same host is no proxy
 * unless configured, so nobody picks their own rate-limit bucket by writing a header; a forged or
 * stale proof counts as no proof.
 */
export function clientAddressOf(
  request: IncomingMessage,
  body: Buffer,
  search: string,
  options: ClientAddressOptions,
): ClientAddress {
  const forwardedFor = single(request.headers['x-forwarded-for']);
  const proof = single(request.headers[CLIENT_ADDRESS_PROOF_HEADER]);
  const timestamp = single(request.headers[CLIENT_ADDRESS_TIMESTAMP_HEADER]);
  let refusedProof: ClientAddress['refusedProof'];
  if (proof !== undefined || timestamp !== undefined) {
    if (options.secret === undefined) {
      refusedProof = 'no-secret';
    } else {
      const verdict = verifyClientAddress({
        secret: options.secret,
        proof,
        timestamp,
        request: { address: forwardedFor ?? '', method: request.method ?? 'GET', search, body },
        nowMs: (options.now ?? Date.now)(),
      });
      if (verdict.ok) return { address: verdict.address };
      refusedProof = verdict.reason;
    }
  }
  const peer = request.socket.remoteAddress;
  const address = establishClientAddress(peer, forwardedFor, options.isTrustedProxy) ?? peer ?? 'unknown';
  return refusedProof === undefined ? { address } : { address, refusedProof };
}
