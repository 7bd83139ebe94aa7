import { signRequestProof, verifyRequestProof } from '../router-proof/request-proof.js';
import { normaliseIpAddress } from './ip-address.js';

/**
 * The web server's proof to the router of the client address it settled (decision 0713): the same
 * request proof the router gives the subgraphs (0006), keyed with CLIENT_ADDRESS_SECRET, over the
 * address (sent as the only `X-Forwarded-For` hop), the method, the query string and the body. A
 * captured header works only for the same request within a minute; without the secret nobody on
 * the router's host or network can pick the address it is rate-limited and audited as.
 */
export const CLIENT_ADDRESS_PROOF_HEADER = 'x-client-address-proof';
export const CLIENT_ADDRESS_TIMESTAMP_HEADER = 'x-client-address-timestamp';

export interface ClientAddressProofHeaders {
  [CLIENT_ADDRESS_PROOF_HEADER]: string;
  [CLIENT_ADDRESS_TIMESTAMP_HEADER]: string;
}

/** The forwarded request the proof binds. */
export interface ForwardedRequest {
  /** The client address, exactly as sent in `X-Forwarded-For`. */
  address: string;
  method: string;
  /** The URL's query string including its `?`, or '' (GET operations carry the query there). */
  search: string;
  body: Uint8Array | string;
}

function payloadOf(request: ForwardedRequest): Buffer {
  const head = `${request.address}\n${request.method.toUpperCase()}\n${request.search}\n`;
  return Buffer.concat([Buffer.from(head), Buffer.from(request.body)]);
}

export function signClientAddress(
  secret: string,
  request: ForwardedRequest,
  nowMs: number = Date.now(),
): ClientAddressProofHeaders {
  const { proof, timestamp } = signRequestProof(secret, payloadOf(request), nowMs);
  return { [CLIENT_ADDRESS_PROOF_HEADER]: proof, [CLIENT_ADDRESS_TIMESTAMP_HEADER]: timestamp };
}

export type ClientAddressVerdict =
  { ok: true; address: string } | { ok: false; reason: 'missing' | 'stale' | 'invalid' | 'not-an-address' };

export interface VerifyClientAddressOptions {
  secret: string;
  proof: string | undefined;
  timestamp: string | undefined;
  request: ForwardedRequest;
  /** @default Date.now() */
  nowMs?: number;
}

/** Checks a forwarded client address; `address` is normalised (IPv4-mapped IPv6 → IPv4). */
export function verifyClientAddress(options: VerifyClientAddressOptions): ClientAddressVerdict {
  const address = normaliseIpAddress(options.request.address);
  if (address === undefined) return { ok: false, reason: 'not-an-address' };
  const verdict = verifyRequestProof({
    secret: options.secret,
    proof: options.proof,
    timestamp: options.timestamp,
    payload: payloadOf(options.request),
    ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
  });
  return verdict.ok ? { ok: true, address } : verdict;
}
