import { randomUUID } from 'node:crypto';
import { PERSONAL_TOKEN_USE } from '@packyourbag/service-kit';
import { SignJWT } from 'jose';
import type { SigningKeyStore } from '../signing-keys/signing-key-store.js';

export interface AccessTokenIssuerOptions {
  keys: SigningKeyStore;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Mints RS256 access tokens (RFC 9068 shape): iss, aud, sub, sid, scope, iat, exp, jti; kid in the header. */
export class AccessTokenIssuer {
  constructor(private readonly options: AccessTokenIssuerOptions) {}

  async issue(userId: string, sessionId: string, scopes: readonly string[]): Promise<IssuedAccessToken> {
    const { kid, privateKey } = this.options.keys.activeKey();
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + this.options.ttlSeconds;
    const token = await new SignJWT({ scope: scopes.join(' '), sid: sessionId })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setSubject(userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(privateKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /**
   * A personal access token: the same RS256 JWT shape, so the router verifies it like an access
   * token, with `token_use: "pat"`, `jti` = the token's id (revocation), only its scopes, no `sid`.
   * The signing key remembers the expiry, so it stays in the JWKS as long as the token lives.
   */
  async issuePersonal(
    userId: string,
    tokenId: string,
    scopes: readonly string[],
    expiresAt: Date,
  ): Promise<{ token: string; kid: string }> {
    const { kid, privateKey } = this.options.keys.activeKey();
    await this.options.keys.noteSigned(kid, expiresAt);
    const token = await new SignJWT({ scope: scopes.join(' '), token_use: PERSONAL_TOKEN_USE })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setJti(tokenId)
      .sign(privateKey);
    return { token, kid };
  }
}
