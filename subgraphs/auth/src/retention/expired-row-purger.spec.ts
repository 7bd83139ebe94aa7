import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SessionService } from '../sessions/session.service.js';
import { errorCodeOf, useScratchAuth } from '../testing/use-scratch-auth.js';
import { SignInThrottle } from '../throttling/sign-in-throttle.js';
import { ExpiredRowPurger, type PurgeProgress } from './expired-row-purger.js';

const auth = useScratchAuth();

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function signedIn() {
  return auth.services.accounts.signUp(`purge-${randomUUID()}@example.org`, 'a long enough passphrase');
}

/** A session family of a new user, with one rotation (two refresh token rows). */
async function familyWithRotation() {
  const { user, session } = await signedIn();
  const next = await auth.services.sessions.refresh(session.refreshToken, {});
  return { userId: user.id, sessionId: session.sessionId, spent: session.refreshToken, current: next };
}

const sessionExists = async (id: string) => (await auth.database.session.count({ where: { id } })) === 1;
const tokensOf = (familyId: string) => auth.database.refreshToken.count({ where: { familyId } });

describe('ExpiredRowPurger', () => {
  it('deletes rows dead longer than the retention, batch by batch, and keeps the rest', async () => {
    const live = await familyWithRotation();
    const expiredLongAgo = await familyWithRotation();
    const revokedLongAgo = await familyWithRotation();
    const expiredRecently = await familyWithRotation();
    const revokedRecently = await familyWithRotation();
    await auth.database.session.update({
      where: { id: expiredLongAgo.sessionId },
      data: { createdAt: daysAgo(61), expiresAt: daysAgo(31) },
    });
    await auth.database.session.update({
      where: { id: revokedLongAgo.sessionId },
      data: { revokedAt: daysAgo(31), revokeReason: 'signed-out' },
    });
    await auth.database.session.update({
      where: { id: expiredRecently.sessionId },
      data: { createdAt: daysAgo(59), expiresAt: daysAgo(29) },
    });
    await auth.database.session.update({
      where: { id: revokedRecently.sessionId },
      data: { revokedAt: daysAgo(29), revokeReason: 'signed-out' },
    });

    const owner = await signedIn();
    const token = (expiresInDays: number) =>
      auth.services.personalTokens.create(owner.user.id, {
        name: 'ci',
        scopes: ['packing:read'],
        expiresInDays,
      });
    const [expiredToken, revokedToken, recentToken] = await Promise.all([token(1), token(90), token(1)]);
    await auth.database.personalAccessToken.update({
      where: { id: expiredToken.personalAccessToken.id },
      data: { createdAt: daysAgo(32), expiresAt: daysAgo(31) },
    });
    // Revoked long ago but not expired: the revocation feed still lists it.
    await auth.database.personalAccessToken.update({
      where: { id: revokedToken.personalAccessToken.id },
      data: { createdAt: daysAgo(40), revokedAt: daysAgo(31) },
    });
    await auth.database.personalAccessToken.update({
      where: { id: recentToken.personalAccessToken.id },
      data: { createdAt: daysAgo(30), expiresAt: daysAgo(29) },
    });

    const [publishedLongAgo, publishedRecently, unpublishedOld] = await Promise.all([
      auth.database.outboxEvent.create({ data: { type: 't', payload: {}, publishedAt: daysAgo(31) } }),
      auth.database.outboxEvent.create({ data: { type: 't', payload: {}, publishedAt: daysAgo(29) } }),
      auth.database.outboxEvent.create({ data: { type: 't', payload: {}, createdAt: daysAgo(40) } }),
    ]);

    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    await auth.database.signInThrottle.createMany({
      data: [
        { key: 'forgotten', failures: 9, lastFailureAt: hoursAgo(2), lockedUntil: hoursAgo(1.9) },
        { key: 'still-locked', failures: 60, lastFailureAt: hoursAgo(2), lockedUntil: hoursAgo(-1) },
        { key: 'recent', failures: 3, lastFailureAt: hoursAgo(0.5) },
      ],
    });

    const progress: PurgeProgress[] = [];
    const purger = new ExpiredRowPurger({
      database: auth.database,
      throttle: new SignInThrottle({ database: auth.database, forgetAfterSeconds: 3600 }),
      purgeAfterDays: 30,
      batchSize: 1,
    });
    // The other outbox rows (user.created of the sign-ups) are unpublished: never purged.
    await expect(purger.purge((step) => progress.push(step))).resolves.toEqual({
      refreshTokens: 4,
      sessions: 2,
      personalAccessTokens: 1,
      outboxEvents: 1,
      signInThrottles: 1,
      securityEvents: 0,
    });
    expect(progress.filter((step) => step.rows === 'refreshTokens').map((step) => step.deleted)).toEqual([
      1, 2, 3, 4,
    ]);

    expect(await sessionExists(expiredLongAgo.sessionId)).toBe(false);
    expect(await sessionExists(revokedLongAgo.sessionId)).toBe(false);
    expect(await tokensOf(expiredLongAgo.sessionId)).toBe(0);
    for (const kept of [live, expiredRecently, revokedRecently]) {
      expect(await sessionExists(kept.sessionId)).toBe(true);
      expect(await tokensOf(kept.sessionId)).toBe(2);
    }
    expect(
      (await auth.database.personalAccessToken.findMany({ where: { userId: owner.user.id } }))
        .map((row) => row.id)
        .sort(),
    ).toEqual([revokedToken.personalAccessToken.id, recentToken.personalAccessToken.id].sort());
    expect((await auth.services.revocations.snapshot()).jtis).toContain(revokedToken.personalAccessToken.id);
    const outbox = await auth.database.outboxEvent.findMany({
      where: { id: { in: [publishedLongAgo.id, publishedRecently.id, unpublishedOld.id] } },
    });
    expect(outbox.map((row) => row.id).sort()).toEqual([publishedRecently.id, unpublishedOld.id].sort());
    expect((await auth.database.signInThrottle.findMany()).map((row) => row.key).sort()).toEqual([
      'recent',
      'still-locked',
    ]);

    await expect(purger.purge()).resolves.toEqual({
      refreshTokens: 0,
      sessions: 0,
      personalAccessTokens: 0,
      outboxEvents: 0,
      signInThrottles: 0,
      securityEvents: 0,
    });
  });

  it('keeps a live family whole: after a purge it still refreshes, and reuse still revokes it', async () => {
    let now = new Date();
    const sessions = new SessionService({
      database: auth.database,
      tokens: auth.services.tokens,
      audit: auth.services.audit,
      now: () => now,
    });
    const { user, session } = await signedIn();
    const second = await sessions.refresh(session.refreshToken, {});
    // The family is five days old and its first token was spent then: with a one-day retention,
    // only whole dead families may go, never a live family's spent tokens.
    await auth.database.session.update({ where: { id: session.sessionId }, data: { createdAt: daysAgo(5) } });
    await auth.database.refreshToken.updateMany({
      where: { familyId: session.sessionId, usedAt: { not: null } },
      data: { createdAt: daysAgo(5), usedAt: daysAgo(5) },
    });
    const dead = await familyWithRotation();
    await auth.database.session.update({
      where: { id: dead.sessionId },
      data: { revokedAt: daysAgo(2), revokeReason: 'refresh-token-reuse' },
    });

    const purger = new ExpiredRowPurger({
      database: auth.database,
      throttle: new SignInThrottle({ database: auth.database }),
      purgeAfterDays: 1,
    });
    const purged = await purger.purge();
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(await sessionExists(dead.sessionId)).toBe(false);
    // A token of a purged family is refused like any unknown token.
    expect(await errorCodeOf(sessions.refresh(dead.current.refreshToken, {}))).toBe('UNAUTHENTICATED');
    expect(await tokensOf(session.sessionId)).toBe(2);

    const third = await sessions.refresh(second.refreshToken, {});
    expect(third.sessionId).toBe(session.sessionId);

    now = new Date(now.getTime() + 11_000);
    expect(await errorCodeOf(sessions.refresh(session.refreshToken, {}))).toBe('UNAUTHENTICATED');
    const family = await auth.database.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(family.revokeReason).toBe('refresh-token-reuse');
    expect(await errorCodeOf(sessions.refresh(third.refreshToken, {}))).toBe('UNAUTHENTICATED');
    await expect(
      auth.database.securityEvent.count({ where: { userId: user.id, type: 'REFRESH_REUSE_DETECTED' } }),
    ).resolves.toBe(1);
    // Revoked just now: on the revocation feed, and kept by the next purge.
    await purger.purge();
    expect(await sessionExists(session.sessionId)).toBe(true);
    expect((await auth.services.revocations.snapshot()).sessions).toContain(session.sessionId);
  });

  it('deletes audit events past the audit retention only; the log stays append-only for everything else', async () => {
    const userId = randomUUID();
    const at = (days: number) => daysAgo(days);
    await auth.database.$executeRaw`
      insert into auth.security_events (type, user_id, created_at) values
        ('SIGN_IN', ${userId}::uuid, ${at(400)}), ('SIGN_IN', ${userId}::uuid, ${at(100)}),
        ('SIGN_IN', ${userId}::uuid, ${at(1)})`;
    const ages = async () =>
      (await auth.database.securityEvent.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map(
        (event) => Math.round((Date.now() - event.createdAt.getTime()) / DAY),
      );
    const throttle = new SignInThrottle({ database: auth.database });

    const yearly = new ExpiredRowPurger({ database: auth.database, throttle, auditRetentionDays: 365 });
    expect((await yearly.purge()).securityEvents).toBeGreaterThanOrEqual(1);
    expect(await ages()).toEqual([100, 1]);

    // A retention under 30 days is raised to 30: the one-day-old event stays.
    const eager = new ExpiredRowPurger({ database: auth.database, throttle, auditRetentionDays: 1 });
    await eager.purge();
    expect(await ages()).toEqual([1]);

    // Outside the purge's own transaction the trigger still refuses every change.
    await expect(
      auth.database.$executeRaw`delete from auth.security_events where user_id = ${userId}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      auth.database.$transaction([
        auth.database.$queryRaw`select set_config('pyb.audit_retention', '30 days', true)`,
        auth.database
          .$executeRaw`update auth.security_events set ip = '10.0.0.0' where user_id = ${userId}::uuid`,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      auth.database.$transaction([
        auth.database.$queryRaw`select set_config('pyb.audit_retention', '1 day', true)`,
        auth.database.$executeRaw`delete from auth.security_events where user_id = ${userId}::uuid`,
      ]),
    ).rejects.toThrow(/append-only/);
    expect(await ages()).toEqual([1]);
  });
});
