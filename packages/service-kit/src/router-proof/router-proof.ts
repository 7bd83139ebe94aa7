import { signRequestProof, verifyRequestProof, type RequestProofVerdict } from './request-proof.js';

/**
 * Proof that a request to a subgraph was forwarded by the router: the request proof
 * (`request-proof.ts`) over the body, keyed with a secret only the router and the subgraphs hold.
 * Binding the body stops a captured header from being replayed with another query; the timestamp
 * bounds how long a captured request can be replayed at all.
 */
export const ROUTER_PROOF_HEADER = 'x-router-proof';
export const ROUTER_TIMESTAMP_HEADER = 'x-router-timestamp';

export interface RouterProofHeaders {
  [ROUTER_PROOF_HEADER]: string;
  [ROUTER_TIMESTAMP_HEADER]: string;
}

export function signRouterProof(
  secret: string,
  body: Buffer | string,
  nowMs: number = Date.now(),
): RouterProofHeaders {
  const { proof, timestamp } = signRequestProof(secret, body, nowMs);
  return { [ROUTER_PROOF_HEADER]: proof, [ROUTER_TIMESTAMP_HEADER]: timestamp };
}

export type RouterProofVerdict = RequestProofVerdict;

export interface VerifyRouterProofOptions {
  secret: string;
  proof: string | undefined;
  timestamp: string | undefined;
  body: Buffer | string;
  /** @default Date.now() */
  nowMs?: number;
  /**
   * How far the timestamp may be from now, in seconds, either way.
   * @default 60
   */
  maxSkewSeconds?: number;
}

export function verifyRouterProof(options: VerifyRouterProofOptions): RouterProofVerdict {
  const { body, ...rest } = options;
  return verifyRequestProof({ ...rest, payload: body });
}
