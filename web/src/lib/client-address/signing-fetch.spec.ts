import {
  CLIENT_ADDRESS_PROOF_HEADER,
  CLIENT_ADDRESS_TIMESTAMP_HEADER,
  TRACE_PROOF_HEADER,
  TRACE_PROOF_TIMESTAMP_HEADER,
  verifyClientAddress,
  verifyTraceProof,
} from '@packyourbag/service-kit/client-address';
import { describe, expect, it } from 'vitest';
import { createSigningFetch } from './signing-fetch';

const SECRET = 'a-client-address-secret-of-32-characters';

/** A fetch that records what it was asked to send (the router is not needed to check a signature). */
function recordingFetch() {
  const sent: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchFn: typeof fetch = async (input, init) => {
    sent.push({ url: input.toString(), init });
    return new Response('{}');
  };
  return { sent, fetchFn };
}

function verifySent(sent: { url: string; init: RequestInit | undefined }, body: string) {
  const headers = new Headers(sent.init?.headers);
  return verifyClientAddress({
    secret: SECRET,
    proof: headers.get(CLIENT_ADDRESS_PROOF_HEADER) ?? undefined,
    timestamp: headers.get(CLIENT_ADDRESS_TIMESTAMP_HEADER) ?? undefined,
    request: {
      address: headers.get('x-forwarded-for') ?? '',
      method: sent.init?.method ?? 'GET',
      search: new URL(sent.url).search,
      body,
    },
  });
}

describe('createSigningFetch', () => {
  it('signs the forwarded address over method, query string and body, as the router checks it', async () => {
    const { sent, fetchFn } = recordingFetch();
    const signed = createSigningFetch(SECRET, fetchFn);
    const body = JSON.stringify({ query: '{ me { id } }' });

    await signed('http://router.test/graphql', {
      method: 'POST',
      headers: { 'x-forwarded-for': '198.51.100.20' },
      body,
    });
    await signed('http://router.test/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D', {
      headers: { 'x-forwarded-for': '198.51.100.21' },
    });
    await signed('http://router.test/graphql', {
      method: 'POST',
      headers: { 'x-forwarded-for': '198.51.100.22' },
      body: new TextEncoder().encode(body).buffer,
    });

    expect(verifySent(sent[0]!, body)).toEqual({ ok: true, address: '198.51.100.20' });
    expect(verifySent(sent[1]!, '')).toEqual({ ok: true, address: '198.51.100.21' });
    expect(verifySent(sent[2]!, body)).toEqual({ ok: true, address: '198.51.100.22' });
    expect(verifySent(sent[0]!, '{"query":"{ other }"}')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('leaves calls without a forwarded address, and everything without a secret, unsigned', async () => {
    const { sent, fetchFn } = recordingFetch();
    await createSigningFetch(SECRET, fetchFn)('http://router.test/graphql', { method: 'POST', body: '{}' });
    await createSigningFetch(undefined, fetchFn)('http://router.test/graphql', {
      method: 'POST',
      headers: { 'x-forwarded-for': '198.51.100.20' },
      body: '{}',
    });

    for (const call of sent)
      expect(new Headers(call.init?.headers).has(CLIENT_ADDRESS_PROOF_HEADER)).toBe(false);
  });

  it('proves the trace it is in, so the router continues it (decision 1380)', async () => {
    const { sent, fetchFn } = recordingFetch();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await createSigningFetch(
      SECRET,
      fetchFn,
      () => traceId,
    )('http://router.test/graphql', {
      method: 'POST',
      body: '{}',
    });
    const headers = new Headers(sent[0]?.init?.headers);
    const proof = {
      secret: SECRET,
      proof: headers.get(TRACE_PROOF_HEADER) ?? undefined,
      timestamp: headers.get(TRACE_PROOF_TIMESTAMP_HEADER) ?? undefined,
    };
    expect(verifyTraceProof({ ...proof, traceparent: `00-${traceId}-00f067aa0ba902b7-01` })).toBe(true);
    expect(verifyTraceProof({ ...proof, traceparent: `00-${'a'.repeat(32)}-00f067aa0ba902b7-01` })).toBe(
      false,
    );
    expect(headers.get(CLIENT_ADDRESS_PROOF_HEADER)).toBeNull();
  });
});
