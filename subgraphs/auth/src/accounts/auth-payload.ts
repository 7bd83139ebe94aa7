import type { ParentOf } from '../generated/graphql.js';
import type { SignedInAccount } from './account.service.js';

/** The GraphQL AuthPayload for a signed-in account (its shape comes from the schema, decision 1320). */
export function toAuthPayload({ user, session }: SignedInAccount): ParentOf<'AuthPayload'> {
  return {
    accessToken: session.accessToken.token,
    tokenType: 'Bearer',
    expiresAt: session.accessToken.expiresAt,
    user,
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt,
  };
}
