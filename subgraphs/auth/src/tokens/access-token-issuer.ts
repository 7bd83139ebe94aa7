import { randomUUID } from 'node:crypto';
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
}
