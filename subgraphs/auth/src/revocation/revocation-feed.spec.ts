import { createNotificationListener, type NotificationListener } from '@packyourbag/lifecycle-events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useScratchAuth } from '../testing/use-scratch-auth.js';
import { RevocationFeed } from './revocation-feed.js';

// The feed as startAuth runs it: following auth's revocation triggers (latest migration) through a
// listener on auth's database. The snapshot is kept for an hour here, so a revocation showing up
// in the next snapshot within the test's timeout can only be the trigger's notification at work.
const auth = useScratchAuth();
const KEEP_MS = 3_600_000;
let listener: NotificationListener;
let feed: RevocationFeed;
let unfollow: () => void;

beforeAll(async () => {
  listener = createNotificationListener({ connectionString: auth.url });
  feed = new RevocationFeed({ database: auth.database, accessTokenTtlSeconds: 900 });
  unfollow = feed.followChanges(listener, KEEP_MS);
  await vi.waitFor(() => expect(listener.isListening()).toBe(true), { timeout: 15_000 });
});
afterAll(async () => {
  unfollow?.();
  await listener?.close();
});

/** Waits until the feed's snapshot lists the revoked session or token. */
const listed = (kind: 'sessions' | 'jtis', id: string) =>
  vi.waitFor(async () => expect((await feed.snapshot())[kind]).toContain(id), { timeout: 30_000 });

describe('RevocationFeed following notifications', { timeout: 60_000 }, () => {
  it('serves the same snapshot again while nothing is revoked', async () => {
    const first = await feed.snapshot();
    await expect(feed.snapshot()).resolves.toBe(first);
  });

  it('a session signed out is listed at once', async () => {
    const { session } = await auth.services.accounts.startGuest();
    const kept = await feed.snapshot();
    expect(kept.sessions).not.toContain(session.sessionId);

    await auth.services.sessions.signOut(session.userId, session.sessionId, {});
    await listed('sessions', session.sessionId);
  });

  it('a personal access token revoked is listed at once', async () => {
    const { user } = await auth.services.accounts.signUp('feed-pat@example.org', 'a long enough passphrase');
    const { personalAccessToken } = await auth.services.personalTokens.create(user.id, {
      name: 'ci',
      scopes: ['packing:read'],
      expiresInDays: 2,
    });
    expect((await feed.snapshot()).jtis).not.toContain(personalAccessToken.id);

    await auth.services.personalTokens.revoke(user.id, personalAccessToken.id);
    await listed('jtis', personalAccessToken.id);
  });

  it("a deleted account's live sessions are listed at once (from its ACCOUNT_DELETED event)", async () => {
    const { session } = await auth.services.accounts.startGuest();
    expect((await feed.snapshot()).sessions).not.toContain(session.sessionId);

    await expect(auth.services.accounts.deleteAccount(session.userId, null)).resolves.toBe(true);
    await listed('sessions', session.sessionId);
  });

  it('keeps nothing without a connected listener: every request reads the database', async () => {
    const closed = createNotificationListener({ connectionString: auth.url });
    const unkept = new RevocationFeed({ database: auth.database, accessTokenTtlSeconds: 900 });
    const stop = unkept.followChanges(closed, KEEP_MS);
    await closed.close();
    try {
      const first = await unkept.snapshot();
      await expect(unkept.snapshot()).resolves.not.toBe(first);
    } finally {
      stop();
    }
  });
});
