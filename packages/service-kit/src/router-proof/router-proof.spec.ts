import { describe, expect, it } from 'vitest';
import {
  ROUTER_PROOF_HEADER,
  ROUTER_TIMESTAMP_HEADER,
  signRouterProof,
  type RouterProofHeaders,
  verifyRouterProof,
} from './router-proof.js';

const SECRET = 'a-router-secret-of-at-least-32-characters';
const OTHER_SECRET = 'another-router-secret-of-32-characters!!';
const BODY = JSON.stringify({ query: '{ me { id } }', variables: { name: 'Zelt – 1,2 kg ⛺' } });
const NOW = Date.UTC(2026, 10, 21, 4, 20, 0);

type ProofHeaders = Partial<RouterProofHeaders>;

function verify(headers: ProofHeaders, body: Buffer | string = BODY, nowMs = NOW) {
  return verifyRouterProof({
    secret: SECRET,
    proof: headers[ROUTER_PROOF_HEADER],
    timestamp: headers[ROUTER_TIMESTAMP_HEADER],
    body,
    nowMs,
  });
}

describe('router proof', () => {
  it('verifies what it signed, for a string or the same bytes as a Buffer', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);

    expect(headers[ROUTER_TIMESTAMP_HEADER]).toBe(String(NOW / 1000));
    expect(verify(headers)).toEqual({ ok: true });
    expect(verify(headers, Buffer.from(BODY, 'utf8'))).toEqual({ ok: true });
  });

  it('refuses a proof for another body as invalid', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);

    expect(verify(headers, BODY.replace('id', 'email'))).toEqual({ ok: false, reason: 'invalid' });
    expect(verify(headers, '')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a proof made with another secret as invalid', () => {
    expect(verify(signRouterProof(OTHER_SECRET, BODY, NOW))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a proof whose timestamp was changed as invalid', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);
    const shifted = { ...headers, [ROUTER_TIMESTAMP_HEADER]: String(NOW / 1000 + 1) };

    expect(verify(shifted)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('accepts a timestamp up to 60 s away and refuses an older or later one as stale', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);

    expect(verify(headers, BODY, NOW + 60_000)).toEqual({ ok: true });
    expect(verify(headers, BODY, NOW - 60_000)).toEqual({ ok: true });
    expect(verify(headers, BODY, NOW + 61_000)).toEqual({ ok: false, reason: 'stale' });
    expect(verify(headers, BODY, NOW - 61_000)).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses a timestamp that is not whole seconds as stale', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);

    expect(verify({ ...headers, [ROUTER_TIMESTAMP_HEADER]: 'yesterday' })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  it('honours a custom skew', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);
    const verdict = verifyRouterProof({
      secret: SECRET,
      proof: headers[ROUTER_PROOF_HEADER],
      timestamp: headers[ROUTER_TIMESTAMP_HEADER],
      body: BODY,
      nowMs: NOW + 11_000,
      maxSkewSeconds: 10,
    });

    expect(verdict).toEqual({ ok: false, reason: 'stale' });
  });

  it('reports missing headers as missing', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);

    expect(verify({})).toEqual({ ok: false, reason: 'missing' });
    expect(verify({ [ROUTER_PROOF_HEADER]: headers[ROUTER_PROOF_HEADER] })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(verify({ [ROUTER_TIMESTAMP_HEADER]: headers[ROUTER_TIMESTAMP_HEADER] })).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('refuses a truncated proof as invalid rather than throwing', () => {
    const headers = signRouterProof(SECRET, BODY, NOW);
    const truncated = { ...headers, [ROUTER_PROOF_HEADER]: headers[ROUTER_PROOF_HEADER].slice(0, 10) };

    expect(verify(truncated)).toEqual({ ok: false, reason: 'invalid' });
  });
});
