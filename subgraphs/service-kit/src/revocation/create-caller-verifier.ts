import { createAccessTokenVerifier, type AccessTokenVerifier } from '../caller/access-token-verifier.js';
import type { TrustConfig } from '../config/trust-config.js';
import type { Logger } from '../logging/logger.js';
import { createRevocationList } from './revocation-list.js';

/**
 * The verifier every service outside auth uses: RS256 against auth's JWKS (cached, refetched on an
 * unknown kid) and refused when auth's revocation feed lists the token's session or personal token.
 */
export function createCallerVerifier(trust: TrustConfig, logger?: Logger): AccessTokenVerifier {
  const revocations = trust.revocationsUrl
    ? createRevocationList({
        url: trust.revocationsUrl,
        refreshMs: trust.revocationsRefreshMs ?? 30_000,
        ...(logger ? { logger } : {}),
      })
    : undefined;
  return createAccessTokenVerifier({
    keys: new URL(trust.jwksUrl),
    issuer: trust.issuer,
    audience: trust.audience,
    ...(revocations ? { isRevoked: (caller) => revocations.isRevoked(caller) } : {}),
  });
}
