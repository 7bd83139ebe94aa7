import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { createJwksKeySource, JwksUnavailableError } from '../jwks/jwks-key-source.js';
import { createVerifiedTokenCache } from './verified-token-cache.js';
import type { Caller } from './caller.js';

/** The `token_use` claim value that marks a personal access token (auth signs them like access tokens). */
export const PERSONAL_TOKEN_USE = 'pat';

export interface AccessTokenVerifierOptions {
  /**
   * Public keys: a JWKS URL (fetched and cached by createJwksKeySource) or a key resolver (a
   * JwksKeySource's getKey, tests, auth itself).
   */
  keys: URL | JWTVerifyGetKey;
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud`. */
  audience: string;
  /**
   * Allowed clock difference for `exp`/`nbf`/`iat`, in seconds.
   * @default 30
   */
  clockToleranceSeconds?: number;
  /**
   * How long fetched keys are trusted before a refetch, in milliseconds (remote JWKS only).
   * @default 600000
   */
  jwksCacheMaxAgeMs?: number;
  /**
   * Minimum time between two refetches triggered by an unknown `kid`, in milliseconds.
   * @default 30000
   */
  jwksCooldownMs?: number;
  /**
   * Asked after the signature and claims check out: true refuses the token as revoked (a revoked
   * session family or personal access token; see createRevocationList).
   * @default never revoked
   */
  isRevoked?: (caller: Caller) => boolean | Promise<boolean>;
  /**
   * Verified tokens remembered, so a token seen again skips the RSA verification (exp/nbf and
   * revocation are still checked on every call); 0 turns the cache off.
   * @default 10000
   */
  verifiedCacheSize?: number;
  /**
   * Longest a verified token is reused without verifying its signature again, in milliseconds: how
   * long a key auth withdraws from its JWKS can still count for tokens seen before.
   * @default 60000
   */
  verifiedCacheMaxAgeMs?: number;
  /**
   * The clock of the verified-token cache, in milliseconds (tests).
   * @default Date.now
   */
  now?: () => number;
}

/** Why a token was refused; the message is safe to show to the caller. */
export class InvalidAccessTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAccessTokenError';
  }
}

export type AccessTokenVerifier = (token: string) => Promise<Caller>;

/**
 * Verifies RS256 access tokens: signature against auth's public keys (never HS*, never `none`),
 * issuer, audience, expiry and not-before with a small leeway, and the claims we rely on.
 */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const keys =
    options.keys instanceof URL
      ? createJwksKeySource({
          url: options.keys,
          maxAgeMs: options.jwksCacheMaxAgeMs ?? 600_000,
          cooldownMs: options.jwksCooldownMs ?? 30_000,
        }).getKey
      : options.keys;
  const clockTolerance = options.clockToleranceSeconds ?? 30;
  const verified = createVerifiedTokenCache({
    size: options.verifiedCacheSize ?? 10_000,
    maxAgeMs: options.verifiedCacheMaxAgeMs ?? 60_000,
    ...(options.now ? { now: options.now } : {}),
  });

  return async (token) => {
    let caller: Caller | undefined = verified.get(token);
    if (caller === undefined) caller = await verify(token);
    if (options.isRevoked && (await options.isRevoked(caller))) {
      throw new InvalidAccessTokenError('The access token has been revoked.');
    }
    return caller;
  };

  async function verify(token: string): Promise<Caller> {
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance,
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      });
      const scope = typeof payload['scope'] === 'string' ? payload['scope'] : '';
      const sid = payload['sid'];
      const caller: Caller = {
        userId: payload.sub as string,
        tokenId: payload.jti as string,
        ...(typeof sid === 'string' ? { sessionId: sid } : {}),
        scopes: new Set(scope.split(' ').filter(Boolean)),
        kind: payload['token_use'] === PERSONAL_TOKEN_USE ? 'personal' : 'session',
      };
      verified.remember(token, caller, {
        notBefore: ((payload.nbf ?? -Infinity) - clockTolerance) * 1000,
        expires: ((payload.exp as number) + clockTolerance) * 1000,
      });
      return caller;
    } catch (error) {
      throw new InvalidAccessTokenError(describeRefusal(error));
    }
  }
}

function describeRefusal(error: unknown): string {
  if (error instanceof JwksUnavailableError) return 'Access tokens cannot be checked right now.';
  if (error instanceof errors.JWTExpired) return 'The access token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The access token's "${error.claim}" claim is not acceptable.`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The access token is not signed with RS256.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The access token was signed by an unknown key.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The access token signature is invalid.';
  return 'The access token is malformed or invalid.';
}

/** Extracts the token from an `Authorization: Bearer …` header; undefined when absent. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
