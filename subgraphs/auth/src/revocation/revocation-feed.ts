import type { NotificationListener } from '@packyourbag/lifecycle-events';
import type { RevocationSnapshot } from '@packyourbag/service-kit';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { REVOCATIONS_CHANNEL } from './revocations-channel.js';

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
 *
 * Once `followChanges` is called, a snapshot is kept and served again until a revocation is
 * notified (decision 1440), so every verifier's poll costs no query while nothing is revoked.
 */
export class RevocationFeed {
  private cacheMs = 0;
  private listening: () => boolean = () => false;
  /** Bumped by every notification: a load begun before it may have missed that revocation. */
  private generation = 0;
  private cached: { snapshot: RevocationSnapshot; generation: number; loadedAt: number } | undefined;
  private loading: { promise: Promise<RevocationSnapshot>; generation: number } | undefined;

  constructor(private readonly options: RevocationFeedOptions) {}

  /**
   * Serves a loaded snapshot for up to `cacheMs` while `listener` is connected, and drops it at
   * every notification on auth's revocations channel (triggers on sessions, personal tokens and
   * ACCOUNT_DELETED events) and at every reconnection. `cacheMs` bounds how stale it could be if
   * notifications were lost. Returns the unsubscribe.
   */
  followChanges(listener: NotificationListener, cacheMs: number): () => void {
    this.cacheMs = cacheMs;
    this.listening = () => listener.isListening();
    const unlisten = listener.listen(REVOCATIONS_CHANNEL, () => this.invalidate());
    return () => {
      unlisten();
      this.cacheMs = 0;
      this.invalidate();
    };
  }

  /** Forgets the kept snapshot: the next request reads the database. */
  invalidate(): void {
    this.generation += 1;
    this.cached = undefined;
  }

  snapshot(): Promise<RevocationSnapshot> {
    const cached = this.cached;
    if (
      cached &&
      cached.generation === this.generation &&
      Date.now() - cached.loadedAt < this.cacheMs &&
      this.listening()
    ) {
      return Promise.resolve(cached.snapshot);
    }
    // Callers at once share one load, but never one begun before the latest notification.
    if (this.loading?.generation !== this.generation) {
      const generation = this.generation;
      const loadedAt = Date.now();
      const promise = this.load().then((snapshot) => {
        if (generation === this.generation && this.cacheMs > 0) {
          this.cached = { snapshot, generation, loadedAt };
        }
        return snapshot;
      });
      const loading = { promise, generation };
      this.loading = loading;
      const clear = () => {
        if (this.loading === loading) this.loading = undefined;
      };
      promise.then(clear, clear);
    }
    return this.loading!.promise;
  }

  private async load(): Promise<RevocationSnapshot> {
    const now = new Date();
    const sessionsSince = new Date(
      now.getTime() - (this.options.accessTokenTtlSeconds + LEEWAY_SECONDS) * 1000,
    );
    const tokensUntil = new Date(now.getTime() - LEEWAY_SECONDS * 1000);
    // One statement (one round trip, one transaction): sessions and personal tokens, tagged.
    const rows = await this.options.database.$queryRaw<Array<{ kind: 'session' | 'jti'; id: string }>>`
      select 'session' as kind, id::text as id from auth.sessions where revoked_at > ${sessionsSince}
      union
      select 'session', jsonb_array_elements_text(details->'sessionIds') from auth.security_events
      where type = 'ACCOUNT_DELETED' and created_at > ${sessionsSince}
      union
      select 'jti', id::text from auth.personal_access_tokens
      where revoked_at is not null and expires_at > ${tokensUntil}
      union
      select 'jti', token->>'id' from auth.security_events,
        jsonb_array_elements(details->'personalAccessTokens') as token
      where type = 'ACCOUNT_DELETED' and created_at > ${new Date(now.getTime() - 366 * 86_400_000)}
        and (token->>'expiresAt')::timestamptz > ${tokensUntil}`;
    return {
      jtis: rows.filter((row) => row.kind === 'jti').map((row) => row.id),
      sessions: rows.filter((row) => row.kind === 'session').map((row) => row.id),
      generatedAt: now.toISOString(),
    };
  }
}
