import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { nonceFromPolicy } from '../lib/security/content-security-policy.js';
import { applySecurityHeaders, STRICT_TRANSPORT_SECURITY } from './security-headers.js';

function exchange(headers: Record<string, string>) {
  const request = new IncomingMessage(new Socket());
  request.headers = { ...headers };
  const response = new ServerResponse(request);
  return { request, response };
}

const PRODUCTION = { dev: false, strictTransportSecurity: true };

describe('applySecurityHeaders', () => {
  it('puts one fresh nonce on the response policy and the request policy Next reads', () => {
    const { request, response } = exchange({ host: '127.0.0.1:3000' });
    applySecurityHeaders(request, response, PRODUCTION);
    const policy = String(response.getHeader('content-security-policy'));
    expect(request.headers['content-security-policy']).toBe(policy);
    expect(nonceFromPolicy(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/);

    const second = exchange({ host: '127.0.0.1:3000' });
    applySecurityHeaders(second.request, second.response, PRODUCTION);
    expect(nonceFromPolicy(String(second.response.getHeader('content-security-policy')))).not.toBe(
      nonceFromPolicy(policy),
    );
  });

  it("replaces a policy the client sent, so the client never picks Next's nonce", () => {
    const chosen = "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='";
    const { request, response } = exchange({
      host: 'app.example',
      'content-security-policy': chosen,
      'content-security-policy-report-only': chosen,
    });
    applySecurityHeaders(request, response, PRODUCTION);
    expect(request.headers['content-security-policy']).toBe(response.getHeader('content-security-policy'));
    expect(request.headers['content-security-policy-report-only']).toBeUndefined();
  });

  it('sends the fixed headers', () => {
    const { request, response } = exchange({ host: 'app.example' });
    applySecurityHeaders(request, response, PRODUCTION);
    expect(response.getHeaders()).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(String(response.getHeader('permissions-policy'))).toContain('camera=()');
  });

  it.each([
    ['a public host', { host: 'app.example' }, PRODUCTION, true],
    [
      'https on loopback (a TLS proxy in front)',
      { host: 'localhost', 'x-forwarded-proto': 'https' },
      PRODUCTION,
      true,
    ],
    ['plain http on 127.0.0.1', { host: '127.0.0.1:3000' }, PRODUCTION, false],
    ['plain http on localhost', { host: 'localhost:3000' }, PRODUCTION, false],
    ['plain http on [::1]', { host: '[::1]:3000' }, PRODUCTION, false],
    ['WEB_HSTS=off', { host: 'app.example' }, { dev: false, strictTransportSecurity: false }, false],
  ])('HSTS for %s: %s', (_name, headers, options, expected) => {
    const { request, response } = exchange(headers);
    applySecurityHeaders(request, response, options);
    expect(response.getHeader('strict-transport-security')).toBe(
      expected ? STRICT_TRANSPORT_SECURITY : undefined,
    );
    expect(String(response.getHeader('content-security-policy')).includes('upgrade-insecure-requests')).toBe(
      expected,
    );
  });

  it("allows 'unsafe-eval' for scripts only in development", () => {
    const dev = exchange({ host: '127.0.0.1' });
    applySecurityHeaders(dev.request, dev.response, { dev: true, strictTransportSecurity: false });
    expect(String(dev.response.getHeader('content-security-policy'))).toMatch(
      /script-src 'nonce-[^']+' 'strict-dynamic' 'unsafe-eval';/,
    );
    const production = exchange({ host: '127.0.0.1' });
    applySecurityHeaders(production.request, production.response, PRODUCTION);
    expect(String(production.response.getHeader('content-security-policy'))).toMatch(
      /(^|; )script-src 'nonce-[^']+' 'strict-dynamic';/,
    );
  });
});
