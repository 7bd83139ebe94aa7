import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, useScratchAuth } from '../testing/use-scratch-auth.js';
import { SessionService } from './session.service.js';

const auth = useScratchAuth();

async function newUser() {
  return auth.services.accounts.signUp(`s-${randomUUID()}@example.org`, 'a long enough passphrase', {
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15',
    ip: '2001:db8:abcd:12::1',
  });
}

/** A service over the same auth.database whose clock the test moves. */
function withClock(now: () => Date): SessionService {
  return new SessionService({
    database: auth.database,
    tokens: auth.services.tokens,
    audit: auth.services.audit,
    now,
  });
}

describe('SessionService', () => {
  it('rotates: each refresh gives a new pair of the same family, expiring with the family', async () => {
    const { session } = await newUser();

    const next = await auth.services.sessions.refresh(session.refreshToken, {});

    expect(next.sessionId).toBe(session.sessionId);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.refreshTokenExpiresAt).toEqual(session.refreshTokenExpiresAt);
    const third = await auth.services.sessions.refresh(next.refreshToken, {});
    expect(third.sessionId).toBe(session.sessionId);
  });

  it('revokes the whole family when a rotated token is presented again after the grace window', async () => {
    const { user, session } = await newUser();
    let now = new Date();
    const sessions = withClock(() => now);
    const next = await sessions.refresh(session.refreshToken, {});

    now = new Date(now.getTime() + 11_000);
    expect(await errorCodeOf(sessions.refresh(session.refreshToken, { ip: '198.51.100.4' }))).toBe(
      'UNAUTHENTICATED',
    );

    expect(await errorCodeOf(sessions.refresh(next.refreshToken, {}))).toBe('UNAUTHENTICATED');
    const family = await auth.database.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(family.revokeReason).toBe('refresh-token-reuse');
    const event = await auth.database.securityEvent.findFirstOrThrow({
      where: { userId: user.id, type: 'REFRESH_REUSE_DETECTED' },
    });
    expect(event).toMatchObject({ ip: '198.51.100.0', details: { sessionId: session.sessionId } });
    expect((await auth.services.revocations.snapshot()).sessions).toContain(session.sessionId);
  });

  it('gives the previous token a sibling pair within the grace window (two tabs)', async () => {
    const { session } = await newUser();
    let now = new Date();
    const sessions = withClock(() => now);
    const first = await sessions.refresh(session.refreshToken, {});

    now = new Date(now.getTime() + 9_000);
    const second = await sessions.refresh(session.refreshToken, {});

    expect(second.sessionId).toBe(session.sessionId);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await expect(sessions.refresh(first.refreshToken, {})).resolves.toMatchObject({
      sessionId: session.sessionId,
    });
    await expect(sessions.refresh(second.refreshToken, {})).resolves.toMatchObject({
      sessionId: session.sessionId,
    });
  });

  it('treats a token two rotations back as reuse even within the window', async () => {
    const { session } = await newUser();
    const next = await auth.services.sessions.refresh(session.refreshToken, {});
    await auth.services.sessions.refresh(next.refreshToken, {});

    expect(await errorCodeOf(auth.services.sessions.refresh(session.refreshToken, {}))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await auth.database.session.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt,
    ).not.toBeNull();
  });

  it('lets two simultaneous refreshes with the same token both succeed', async () => {
    const { session } = await newUser();

    const results = await Promise.all([
      auth.services.sessions.refresh(session.refreshToken, {}),
      auth.services.sessions.refresh(session.refreshToken, {}),
    ]);

    expect(results.map((result) => result.sessionId)).toEqual([session.sessionId, session.sessionId]);
    expect(results[0]?.refreshToken).not.toBe(results[1]?.refreshToken);
  });

  it('refuses garbage, unknown, and expired-family tokens with UNAUTHENTICATED', async () => {
    const { session } = await newUser();
    for (const token of ['', 'garbage', 'x'.repeat(43), `${session.refreshToken}x`]) {
      expect(await errorCodeOf(auth.services.sessions.refresh(token, {}))).toBe('UNAUTHENTICATED');
    }
    const later = withClock(() => new Date(Date.now() + 31 * 86_400_000));
    expect(await errorCodeOf(later.refresh(session.refreshToken, {}))).toBe('UNAUTHENTICATED');
  });

  it('lists active sessions with device, anonymised IP and the current one marked', async () => {
    const { user, session } = await newUser();
    const other = await auth.services.accounts.signIn(
      (await auth.services.accounts.findById(user.id))?.email ?? '',
      'a long enough passphrase',
    );

    const listed = await auth.services.sessions.list(user.id, session.sessionId);

    expect(listed.map((entry) => entry.id).sort()).toEqual(
      [session.sessionId, other.session.sessionId].sort(),
    );
    const current = listed.find((entry) => entry.id === session.sessionId);
    expect(current).toMatchObject({ current: true, device: 'Safari on macOS', ipAddress: '2001:db8:abcd::' });
    expect(listed.find((entry) => entry.id === other.session.sessionId)?.current).toBe(false);
  });

  it("revokes one session, NOT_FOUND for another user's or a malformed id", async () => {
    const mine = await newUser();
    const theirs = await newUser();

    expect(await errorCodeOf(auth.services.sessions.revoke(mine.user.id, theirs.session.sessionId, {}))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCodeOf(auth.services.sessions.revoke(mine.user.id, 'not-a-uuid', {}))).toBe(
      'NOT_FOUND',
    );
    await auth.services.sessions.revoke(mine.user.id, mine.session.sessionId, {});

    expect(await auth.services.sessions.list(mine.user.id)).toEqual([]);
    expect(await errorCodeOf(auth.services.sessions.refresh(mine.session.refreshToken, {}))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await auth.services.sessions.list(theirs.user.id)).toHaveLength(1);
  });

  it('signs out one session, or every session', async () => {
    const { user, session } = await newUser();
    const email = (await auth.services.accounts.findById(user.id))?.email ?? '';
    await auth.services.accounts.signIn(email, 'a long enough passphrase');
    await auth.services.accounts.signIn(email, 'a long enough passphrase');

    await expect(auth.services.sessions.signOut(user.id, session.sessionId, {})).resolves.toBe(true);
    expect(await auth.services.sessions.list(user.id)).toHaveLength(2);
    await expect(auth.services.sessions.signOutEverywhere(user.id, {})).resolves.toBe(2);
    expect(await auth.services.sessions.list(user.id)).toEqual([]);
  });
});
