import { describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_PROOF_HEADER,
  CLIENT_ADDRESS_TIMESTAMP_HEADER,
  signClientAddress,
  verifyClientAddress,
  type ForwardedRequest,
} from './client-address-proof.js';

const SECRET = 'a-client-address-secret-of-32-characters';
const NOW = Date.UTC(2026, 11, 6, 16, 0, 0);
const REQUEST: ForwardedRequest = {
  address: '203.0.113.7',
  method: 'POST',
  search: '',
  body: JSON.stringify({ query: '{ me { id } }' }),
};

function verify(request: ForwardedRequest, signed = signClientAddress(SECRET, REQUEST, NOW), nowMs = NOW) {
  return verifyClientAddress({
    secret: SECRET,
    proof: signed[CLIENT_ADDRESS_PROOF_HEADER],
    timestamp: signed[CLIENT_ADDRESS_TIMESTAMP_HEADER],
    request,
    nowMs,
  });
}

describe('client address proof', () => {
  it('vouches for the address it signed, normalised', () => {
    expect(verify(REQUEST)).toEqual({ ok: true, address: '203.0.113.7' });
    const mapped = { ...REQUEST, address: '::ffff:203.0.113.7' };
    expect(verify(mapped, signClientAddress(SECRET, mapped, NOW))).toEqual({
      ok: true,
      address: '203.0.113.7',
    });
  });

  it('binds the address, the method, the query string and the body', () => {
    expect(verify({ ...REQUEST, address: '203.0.113.8' })).toEqual({ ok: false, reason: 'invalid' });
    expect(verify({ ...REQUEST, method: 'GET' })).toEqual({ ok: false, reason: 'invalid' });
    expect(verify({ ...REQUEST, search: '?query=%7Bme%7D' })).toEqual({ ok: false, reason: 'invalid' });
    expect(verify({ ...REQUEST, body: '{"query":"{ items }"}' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses another secret, a stale or missing proof, and a hop that is not an address', () => {
    expect(
      verify(REQUEST, signClientAddress('another-secret-of-at-least-32-characters', REQUEST, NOW)),
    ).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(verify(REQUEST, undefined, NOW + 61_000)).toEqual({ ok: false, reason: 'stale' });
    expect(
      verifyClientAddress({ secret: SECRET, proof: undefined, timestamp: undefined, request: REQUEST }),
    ).toEqual({ ok: false, reason: 'missing' });
    const chain = { ...REQUEST, address: '203.0.113.7, 10.0.0.1' };
    expect(verify(chain, signClientAddress(SECRET, chain, NOW))).toEqual({
      ok: false,
      reason: 'not-an-address',
    });
  });
});
