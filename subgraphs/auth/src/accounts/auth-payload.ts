import type { SignedInAccount, AccountRecord } from './account.service.js';

/** The GraphQL AuthPayload for a signed-in account. */
export interface AuthPayloadResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: Date;
  user: AccountRecord;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export function toAuthPayload({ user, session }: SignedInAccount): AuthPayloadResult {
  return {
    accessToken: session.accessToken.token,
    tokenType: 'Bearer',
    expiresAt: session.accessToken.expiresAt,
    user,
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt,
  };
}
