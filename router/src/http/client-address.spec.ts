import { signClientAddress } from '@packyourbag/service-kit/client-address';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/fixtures/test-stack.js';

const SECRET = 'the-web-servers-client-address-secret-32';
const QUERY = { query: '{ me { id } }' };
const BODY = JSON.stringify(QUERY);
const signed = (address: string, secret = SECRET, nowMs = Date.now()) => ({
  'x-forwarded-for': address,
  ...signClientAddress(secret, { address, method: 'POST', search: '', body: BODY }, nowMs),
});

/** The address the router forwarded to auth for the last request (what rate limits and audit use). */
function forwardedClientIp(stack: TestStack): string | undefined {
  const header = stack.auth.received.at(-1)?.headers['x-client-ip'];
  return Array.isArray(header) ? header[0] : header;
}

describe('client address (0713)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ config: { clientAddressSecret: SECRET, trustedProxies: [] } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.auth.received.length = 0;
  });

  it('takes a caller on the same host for itself, whatever X-Forwarded-For it writes', async () => {
    await stack.post(QUERY, { 'x-forwarded-for': '10.9.1.1' });

    expect(forwardedClientIp(stack)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  it('believes the address the web server signed for this request', async () => {
    await stack.post(QUERY, signed('198.51.100.20'));

    expect(forwardedClientIp(stack)).toBe('198.51.100.20');
  });

  it('ignores a forged, stale or misapplied proof, and logs it', async () => {
    const forged = signed('198.51.100.21', 'not-the-web-servers-secret-but-32-chars');
    const stale = signed('198.51.100.22', SECRET, Date.now() - 120_000);
    const otherAddress = { ...signed('198.51.100.23'), 'x-forwarded-for': '198.51.100.24' };
    for (const [index, headers] of [forged, stale, otherAddress].entries()) {
      await stack.post(QUERY, { ...headers, 'x-request-id': `proof-${index}` });

      expect(forwardedClientIp(stack)).toMatch(/^(127\.0\.0\.1|::1)$/);
    }
    const reasons = stack.logs
      .filter((line) => String(line.requestId).startsWith('proof-') && line.level === 40)
      .map((line) => line['reason']);
    expect(reasons).toEqual(['invalid', 'stale', 'invalid']);
  });
});

describe('client address behind configured network proxies (TRUSTED_PROXIES)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ config: { trustedProxies: ['127.0.0.1', '::1', '10.0.0.0/8'] } });
  });
  afterAll(() => stack.close());

  it('reads X-Forwarded-For right to left past trusted proxies, never the client-written hops', async () => {
    await stack.post(QUERY, { 'x-forwarded-for': '203.0.113.7, 198.51.100.30, 10.0.0.1' });

    expect(forwardedClientIp(stack)).toBe('198.51.100.30');
  });
});
