import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Proof that a request to a subgraph was forwarded by the router: an HMAC-SHA256, keyed with a
 * secret only the router and the subgraphs hold, over a timestamp and the SHA-256 of the body.
 * Binding the body stops a captured header from being replayed with another query; the timestamp
 * bounds how long a captured request can be replayed at all.
 */
export const ROUTER_PROOF_HEADER = 'x-router-proof';
export const ROUTER_TIMESTAMP_HEADER = 'x-router-timestamp';

export interface RouterProofHeaders {
  [ROUTER_PROOF_HEADER]: string;
  [ROUTER_TIMESTAMP_HEADER]: string;
}

function digest(secret: string, timestamp: string, body: Buffer | string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', secret).update(`${timestamp}.${bodyHash}`).digest('base64url');
}

export function signRouterProof(
  secret: string,
  body: Buffer | string,
  nowMs: number = Date.now(),
): RouterProofHeaders {
  const timestamp = String(Math.floor(nowMs / 1000));
  return { [ROUTER_PROOF_HEADER]: digest(secret, timestamp, body), [ROUTER_TIMESTAMP_HEADER]: timestamp };
}

export type RouterProofVerdict = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'invalid' };

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
  const { proof, timestamp } = options;
  if (!proof || !timestamp) return { ok: false, reason: 'missing' };
  const seconds = Number(timestamp);
  const now = (options.nowMs ?? Date.now()) / 1000;
  if (!Number.isInteger(seconds) || Math.abs(now - seconds) > (options.maxSkewSeconds ?? 60)) {
    return { ok: false, reason: 'stale' };
  }
  const expected = Buffer.from(digest(options.secret, timestamp, options.body));
  const given = Buffer.from(proof);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true };
}
