import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, nonceFromPolicy } from './content-security-policy';

describe('contentSecurityPolicy', () => {
  it('runs only nonced scripts and the scripts they load, and lets no one frame the app', () => {
    const policy = contentSecurityPolicy({ nonce: 'bm9uY2U=' });
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'nonce-bm9uY2U=' 'strict-dynamic'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-src 'none'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it("adds 'unsafe-eval' for development and upgrade-insecure-requests for https when asked", () => {
    const policy = contentSecurityPolicy({ nonce: 'bm9uY2U=', dev: true, upgradeInsecureRequests: true });
    expect(policy).toContain("script-src 'nonce-bm9uY2U=' 'strict-dynamic' 'unsafe-eval'");
    expect(policy.endsWith('; upgrade-insecure-requests')).toBe(true);
  });
});

describe('nonceFromPolicy', () => {
  it('reads the nonce back as Next does', () => {
    expect(nonceFromPolicy(contentSecurityPolicy({ nonce: 'a+b/c_d-e==' }))).toBe('a+b/c_d-e==');
  });

  it.each([undefined, null, '', "default-src 'self'", "script-src 'self'", "script-src 'nonce-<x>'"])(
    'finds none in %j',
    (policy) => {
      expect(nonceFromPolicy(policy)).toBeUndefined();
    },
  );
});
