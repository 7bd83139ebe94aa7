import type { RevocationSnapshot } from '@packyourbag/service-kit';
import type { AuthDatabase } from '../database/create-prisma-client.js';

export interface RevocationFeedOptions {
  database: AuthDatabase;
  /** The longest an access token lives: a revoked session is listed that long (plus leeway). */
  accessTokenTtlSeconds: number;
}

/** Leeway for clock skew: verifiers accept tokens up to 30 s past `exp`. */
const LEEWAY_SECONDS = 60;

/**
 * What `GET /.well-known/revoked-tokens` serves: every revoked token that could still verify by
 * signature. Session families revoked within one access-token lifetime; personal access tokens
 * revoked and not yet expired. A deleted account's sessions and tokens are gone from their tables,
 * so they come from its ACCOUNT_DELETED security event, which lists them.
 */
export class RevocationFeed {
  constructor(private readonly options: RevocationFeedOptions) {}

  async snapshot(): Promise<RevocationSnapshot> {
    const now = new Date();
    const sessionsSince = new Date(
      now.getTime() - (this.options.accessTokenTtlSeconds + LEEWAY_SECONDS) * 1000,
    );
    const tokensUntil = new Date(now.getTime() - LEEWAY_SECONDS * 1000);
    const database = this.options.database;
    const [sessions, jtis] = await Promise.all([
      database.$queryRaw<Array<{ id: string }>>`
        select id::text as id from auth.sessions where revoked_at > ${sessionsSince}
        union
        select jsonb_array_elements_text(details->'sessionIds') from auth.security_events
        where type = 'ACCOUNT_DELETED' and created_at > ${sessionsSince}`,
      database.$queryRaw<Array<{ id: string }>>`
        select id::text as id from auth.personal_access_tokens
        where revoked_at is not null and expires_at > ${tokensUntil}
        union
        select token->>'id' from auth.security_events,
          jsonb_array_elements(details->'personalAccessTokens') as token
        where type = 'ACCOUNT_DELETED' and created_at > ${new Date(now.getTime() - 366 * 86_400_000)}
          and (token->>'expiresAt')::timestamptz > ${tokensUntil}`,
    ]);
    return {
      jtis: jtis.map((row) => row.id),
      sessions: sessions.map((row) => row.id),
      generatedAt: now.toISOString(),
    };
  }
}
