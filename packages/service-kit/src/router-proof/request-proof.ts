import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The HMAC proof one of our hops attaches to what it forwards to the next (decision 0006): an
 * HMAC-SHA256, keyed with a secret only the two hops hold, over a Unix-seconds timestamp and the
 * SHA-256 of a payload that binds the request (its body, plus whatever else the hop vouches for).
 * The router's proof to the subgraphs and the web server's proof of the client address to the
 * router are both this; only the payload and the header names differ.
 */
export interface RequestProof {
  proof: string;
  /** Unix seconds, as a decimal string. */
  timestamp: string;
}

export type RequestProofVerdict = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'invalid' };

function digest(secret: string, timestamp: string, payload: Buffer | string): string {
  const payloadHash = createHash('sha256').update(payload).digest('hex');
  return createHmac('sha256', secret).update(`${timestamp}.${payloadHash}`).digest('base64url');
}

export function signRequestProof(
  secret: string,
  payload: Buffer | string,
  nowMs: number = Date.now(),
): RequestProof {
  const timestamp = String(Math.floor(nowMs / 1000));
  return { proof: digest(secret, timestamp, payload), timestamp };
}

export interface VerifyRequestProofOptions {
  secret: string;
  proof: string | undefined;
  timestamp: string | undefined;
  payload: Buffer | string;
  /** @default Date.now() */
  nowMs?: number;
  /**
   * How far the timestamp may be from now, in seconds, either way.
   * @default 60
   */
  maxSkewSeconds?: number;
}

export function verifyRequestProof(options: VerifyRequestProofOptions): RequestProofVerdict {
  const { proof, timestamp } = options;
  if (!proof || !timestamp) return { ok: false, reason: 'missing' };
  const seconds = Number(timestamp);
  const now = (options.nowMs ?? Date.now()) / 1000;
  if (!Number.isInteger(seconds) || Math.abs(now - seconds) > (options.maxSkewSeconds ?? 60)) {
    return { ok: false, reason: 'stale' };
  }
  const expected = Buffer.from(digest(options.secret, timestamp, options.payload));
  const given = Buffer.from(proof);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true };
}
