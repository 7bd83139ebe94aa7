import { describe, expect, it } from 'vitest';
import {
  signTraceProof,
  TRACE_PROOF_HEADER,
  TRACE_PROOF_TIMESTAMP_HEADER,
  verifyTraceProof,
} from './trace-proof.js';

const SECRET = 'a-client-address-secret-of-32-characters';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const traceparent = (traceId: string) => `00-${traceId}-00f067aa0ba902b7-01`;

describe('trace proof', () => {
  const signed = signTraceProof(SECRET, TRACE_ID, 1_000_000_000);
  const verify = (overrides: Partial<Parameters<typeof verifyTraceProof>[0]>) =>
    verifyTraceProof({
      secret: SECRET,
      traceparent: traceparent(TRACE_ID),
      proof: signed[TRACE_PROOF_HEADER],
      timestamp: signed[TRACE_PROOF_TIMESTAMP_HEADER],
      nowMs: 1_000_010_000,
      ...overrides,
    });

  it('holds for the signed trace within a minute, with any span id', () => {
    expect(verify({})).toBe(true);
    expect(verify({ traceparent: `00-${TRACE_ID}-${'1'.repeat(16)}-00` })).toBe(true);
  });

  it('fails for another trace, another secret, a stale or missing proof, or no traceparent', () => {
    expect(verify({ traceparent: traceparent('a'.repeat(32)) })).toBe(false);
    expect(verify({ secret: 'another-secret-of-at-least-32-characters' })).toBe(false);
    expect(verify({ nowMs: 1_000_000_000 + 120_000 })).toBe(false);
    expect(verify({ proof: undefined })).toBe(false);
    expect(verify({ traceparent: undefined })).toBe(false);
    expect(verify({ traceparent: 'garbage' })).toBe(false);
  });
});
