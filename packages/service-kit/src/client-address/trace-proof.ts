import { signRequestProof, verifyRequestProof } from '../router-proof/request-proof.js';

/**
 * The web server's proof that a `traceparent` it sends the router names a trace it started
 * (decision 1380): an HMAC with CLIENT_ADDRESS_SECRET over the trace id and a timestamp. The router
 * reads headers before the body, so the client-address proof (which binds the body) cannot say
 * who the caller is when the trace context is extracted; this one can, from headers alone. A
 * captured header lets its holder join that one trace for a minute, nothing more.
 */
export const TRACE_PROOF_HEADER = 'x-trace-proof';
export const TRACE_PROOF_TIMESTAMP_HEADER = 'x-trace-proof-timestamp';

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
const payloadOf = (traceId: string) => `trace\n${traceId}`;

export function signTraceProof(
  secret: string,
  traceId: string,
  nowMs: number = Date.now(),
): Record<string, string> {
  const { proof, timestamp } = signRequestProof(secret, payloadOf(traceId), nowMs);
  return { [TRACE_PROOF_HEADER]: proof, [TRACE_PROOF_TIMESTAMP_HEADER]: timestamp };
}

export interface VerifyTraceProofOptions {
  secret: string;
  traceparent: string | undefined;
  proof: string | undefined;
  timestamp: string | undefined;
  /** @default Date.now() */
  nowMs?: number;
}

/** Whether the `traceparent`'s trace id carries a fresh proof made with the secret. */
export function verifyTraceProof(options: VerifyTraceProofOptions): boolean {
  const traceId = TRACEPARENT.exec(options.traceparent?.trim() ?? '')?.[1];
  if (!traceId) return false;
  return verifyRequestProof({
    secret: options.secret,
    proof: options.proof,
    timestamp: options.timestamp,
    payload: payloadOf(traceId),
    ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
  }).ok;
}
