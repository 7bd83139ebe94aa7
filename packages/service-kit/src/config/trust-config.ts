import type { EnvReader } from './read-env.js';

/** What a service needs to verify callers: the router's shared secret and auth's public keys. */
export interface TrustConfig {
  /** Shared secret the router signs each forwarded request with (ROUTER_SECRET). */
  routerSecret: string;
  /** Where auth publishes its public keys (JWKS_URL). */
  jwksUrl: string;
  /** Expected `iss` of access tokens (JWT_ISSUER). */
  issuer: string;
  /** Expected `aud` of access tokens (JWT_AUDIENCE). */
  audience: string;
  /**
   * Auth's feed of revoked sessions and personal access tokens (TOKEN_REVOCATIONS_URL).
   * readTrustConfig always sets it; a hand-built config without it verifies without revocations.
   */
  revocationsUrl?: string;
  /** How often the feed is polled, in milliseconds (TOKEN_REVOCATIONS_REFRESH_MS). @default 30000 */
  revocationsRefreshMs?: number;
}

/** Development default; production refuses to start with it (see readTrustConfig). */
export const DEVELOPMENT_ROUTER_SECRET = 'development-only-router-secret-change-me';

export function readTrustConfig(env: EnvReader, production: boolean): TrustConfig {
  const routerSecret = env.string('ROUTER_SECRET', production ? undefined : DEVELOPMENT_ROUTER_SECRET);
  if (routerSecret.length < 32) {
    throw new Error('Configuration error: ROUTER_SECRET must be at least 32 characters.');
  }
  return {
    routerSecret,
    jwksUrl: env.url('JWKS_URL', 'http://127.0.0.1:4001/.well-known/jwks.json'),
    issuer: env.string('JWT_ISSUER', 'packyourbag-auth'),
    audience: env.string('JWT_AUDIENCE', 'packyourbag-api'),
    revocationsUrl: env.url('TOKEN_REVOCATIONS_URL', 'http://127.0.0.1:4001/.well-known/revoked-tokens'),
    revocationsRefreshMs: env.int('TOKEN_REVOCATIONS_REFRESH_MS', 30_000, { min: 100, max: 60_000 }),
  };
}
