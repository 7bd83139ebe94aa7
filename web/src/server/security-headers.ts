import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../lib/security/content-security-policy.js';
import { PERMISSIONS_POLICY } from '../lib/security/permissions-policy.js';
import { isPlainHttpOnLoopback } from '../lib/security/plain-http-on-loopback.js';

/** One year; subdomains of the app's host included, no preload (that is the operator's call). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export interface SecurityHeadersOptions {
  /** Next's development server: the policy allows `'unsafe-eval'` for React's dev tooling. */
  dev: boolean;
  /** Send HSTS (and `upgrade-insecure-requests`) except for plain http on loopback. */
  strictTransportSecurity: boolean;
}

/** The security headers of one response, for a request served over https (`secure`) or not. */
export function securityHeaders(nonce: string, dev: boolean, secure: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ nonce, dev, upgradeInsecureRequests: secure }),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(secure ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/**
 * Sets the security headers on the response, with a fresh script nonce, and puts the same policy
 * on the request, where Next reads the nonce for its own scripts (and the layout for the theme
 * script). A policy the client sent is replaced, so nobody chooses the nonce. Decision 1012.
 */
export function applySecurityHeaders(
  request: IncomingMessage,
  response: ServerResponse,
  options: SecurityHeadersOptions,
): void {
  const nonce = randomBytes(16).toString('base64');
  const secure = options.strictTransportSecurity && !isPlainHttpOnLoopback(...hostAndProtocol(request));
  const headers = securityHeaders(nonce, options.dev, secure);
  request.headers['content-security-policy'] = headers['Content-Security-Policy'];
  delete request.headers['content-security-policy-report-only'];
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}

function hostAndProtocol(request: IncomingMessage): [hostname: string, protocol: string] {
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  let hostname = '';
  try {
    hostname = new URL(`http://${request.headers.host ?? ''}`).hostname;
  } catch {
    // No usable Host: not loopback as far as HSTS goes.
  }
  return [hostname, proto ? `${proto}:` : 'http:'];
}
