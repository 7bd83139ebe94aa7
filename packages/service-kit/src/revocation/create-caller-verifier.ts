import { createAccessTokenVerifier, type AccessTokenVerifier } from '../caller/access-token-verifier.js';
import type { TrustConfig } from '../config/trust-config.js';
import { createJwksKeySource } from '../jwks/jwks-key-source.js';
import type { Logger } from '../logging/logger.js';
import { createRevocationList } from './revocation-list.js';

/** A caller verifier with its key source's state, for a service that answers differently without keys. */
export interface CallerTrust {
  verify: AccessTokenVerifier;
  /** True once auth's keys were fetched (ever); until then no token can be checked. */
  keysAvailable(): boolean;
  /** Stops the background refreshes of the keys and the revocation list. */
  stop(): void;
}

/** What a service learns of its key source as it runs (for its metrics). */
export interface CallerTrustHooks {
  /** A fetch of auth's keys failed (the keys fetched before stay in use). */
  onKeyRefreshFailure?: (error: unknown) => void;
}

/**
 * The verifier every service outside auth uses: RS256 against auth's JWKS (cached, refreshed in the
 * background, refetched on an unknown kid at most once per cool-down, kept while auth is down) and
 * refused when auth's revocation feed lists the token's session or personal token.
 */
export function createCallerTrust(
  trust: TrustConfig,
  logger?: Logger,
  hooks: CallerTrustHooks = {},
): CallerTrust {
  const revocations = trust.revocationsUrl
    ? createRevocationList({
        url: trust.revocationsUrl,
        refreshMs: trust.revocationsRefreshMs ?? 30_000,
        ...(logger ? { logger } : {}),
      })
    : undefined;
  const keys = createJwksKeySource({
    url: new URL(trust.jwksUrl),
    ...(logger ? { logger } : {}),
    ...(hooks.onKeyRefreshFailure ? { onRefreshFailure: hooks.onKeyRefreshFailure } : {}),
  });
  return {
    verify: createAccessTokenVerifier({
      keys: keys.getKey,
      issuer: trust.issuer,
      audience: trust.audience,
      ...(revocations ? { isRevoked: (caller) => revocations.isRevoked(caller) } : {}),
    }),
    keysAvailable: () => keys.keysAvailable(),
    stop() {
      keys.stop();
      revocations?.stop();
    },
  };
}

/** createCallerTrust's verifier alone (the subgraphs: a refused token is a 401 either way). */
export function createCallerVerifier(
  trust: TrustConfig,
  logger?: Logger,
  hooks: CallerTrustHooks = {},
): AccessTokenVerifier {
  return createCallerTrust(trust, logger, hooks).verify;
}
