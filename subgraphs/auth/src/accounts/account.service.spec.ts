import { randomUUID } from 'node:crypto';
import { ALL_SCOPES, createAccessTokenVerifier, type AccessTokenVerifier } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthServices } from '../auth-services.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { AUDIENCE, ISSUER, scratchAuth } from '../testing/scratch-database.js';

const PASSWORD = 'a long enough passphrase';
const CLIENT = { ip: '203.0.113.77', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' };

let close: (() => Promise<void>) | undefined;
let database: AuthDatabase;
let services: AuthServices;
let verify: AccessTokenVerifier;

beforeAll(async () => {
  const scratch = await scratchAuth();
  ({ database, services, close } = scratch);
  verify = createAccessTokenVerifier({
    keys: services.keys.keyResolver(),
    issuer: ISSUER,
    audience: AUDIENCE,
  });
});

afterAll(async () => {
  await close?.();
});

const uniqueEmail = () => `hiker-${randomUUID()}@example.org`;

async function graphQLErrorOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

const outboxFor = (userId: string) =>
  database.outboxEvent.findMany({
    where: { payload: { path: ['userId'], equals: userId } },
    orderBy: { createdAt: 'asc' },
  });

describe('AccountService', () => {
  it('signs up with a normalised email, a session family, user.created and SIGN_UP', async () => {
    const email = uniqueEmail();
    const before = Date.now();
    const { user, session } = await services.accounts.signUp(`  ${email.toUpperCase()} `, PASSWORD, CLIENT);

    expect(user).toMatchObject({ email, isGuest: false });
    const caller = await verify(session.accessToken.token);
    expect(caller).toMatchObject({ userId: user.id, sessionId: session.sessionId, kind: 'session' });
    expect([...caller.scopes].sort()).toEqual([...ALL_SCOPES].sort());
    expect(session.accessToken.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 899_000);
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.refreshTokenExpiresAt.getTime()).toBeGreaterThanOrEqual(before + 30 * 86_400_000);

    const stored = await database.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash?.startsWith('scrypt$')).toBe(true);
    const family = await database.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(family).toMatchObject({ userId: user.id, ip: '203.0.113.0', userAgent: CLIENT.userAgent });
    const refresh = await database.refreshToken.findFirstOrThrow({ where: { familyId: session.sessionId } });
    expect(refresh.tokenHash).not.toContain(session.refreshToken);
    expect((await outboxFor(user.id)).map((event) => [event.type, event.payload])).toEqual([
      ['user.created', { userId: user.id, guest: false }],
    ]);
    const events = await database.securityEvent.findMany({ where: { userId: user.id } });
    expect(events.map((event) => [event.type, event.ip])).toEqual([['SIGN_UP', '203.0.113.0']]);
  });

  it('signs in with the same password, whatever the email capitals, each time a new family', async () => {
    const email = uniqueEmail();
    const first = await services.accounts.signUp(email, PASSWORD);
    const second = await services.accounts.signIn(email.toUpperCase(), PASSWORD);

    expect(second.user).toEqual(first.user);
    expect(second.session.sessionId).not.toBe(first.session.sessionId);
    expect((await verify(second.session.accessToken.token)).userId).toBe(first.user.id);
  });

  it('refuses a second account for the same email with CONFLICT on input.email, writing nothing', async () => {
    const email = uniqueEmail();
    await services.accounts.signUp(email, PASSWORD);
    const outboxBefore = await database.outboxEvent.count();

    const error = await graphQLErrorOf(
      services.accounts.signUp(` ${email.toUpperCase()}`, 'another passphrase'),
    );

    expect(error.extensions).toEqual({ code: 'CONFLICT', field: 'input.email' });
    expect(await database.user.count({ where: { email } })).toBe(1);
    expect(await database.outboxEvent.count()).toBe(outboxBefore);
  });

  it('throttles probing one taken address: three CONFLICTs, then THROTTLED with retryAfter from any IP (0610)', async () => {
    const taken = uniqueEmail();
    await services.accounts.signUp(taken, PASSWORD);

    for (const ip of ['198.51.100.70', '198.51.100.71', '198.51.100.72']) {
      const answer = await graphQLErrorOf(services.accounts.signUp(taken, PASSWORD, { ip }));
      expect(answer.extensions?.['code']).toBe('CONFLICT');
    }
    const locked = await graphQLErrorOf(services.accounts.signUp(taken, PASSWORD, { ip: '198.51.100.73' }));

    expect(locked.extensions?.['code']).toBe('THROTTLED');
    expect(locked.extensions?.['retryAfter']).toBeGreaterThan(0);
  });

  it('throttles one client IP that meets twenty taken addresses, even for a free one; other IPs sign up (0610)', async () => {
    const prober = { ip: '198.51.100.90' };
    for (let probe = 0; probe < 20; probe += 1) {
      const taken = uniqueEmail();
      await services.accounts.signUp(taken, PASSWORD);
      const answer = await graphQLErrorOf(services.accounts.signUp(taken, PASSWORD, prober));
      expect(answer.extensions?.['code']).toBe('CONFLICT');
    }

    const free = uniqueEmail();
    const refused = await graphQLErrorOf(services.accounts.signUp(free, PASSWORD, prober));
    expect(refused.extensions?.['code']).toBe('THROTTLED');
    expect(await database.user.count({ where: { email: free } })).toBe(0);

    const elsewhere = await services.accounts.signUp(free, PASSWORD, { ip: '198.51.100.91' });
    expect(elsewhere.user.email).toBe(free);
  }, 60_000);

  it('answers an unknown email and a wrong password with the same UNAUTHENTICATED error', async () => {
    const email = uniqueEmail();
    await services.accounts.signUp(email, PASSWORD);

    const wrongPassword = await graphQLErrorOf(services.accounts.signIn(email, 'not the passphrase'));
    const unknownEmail = await graphQLErrorOf(services.accounts.signIn(uniqueEmail(), PASSWORD));

    expect(wrongPassword.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(unknownEmail.extensions).toEqual(wrongPassword.extensions);
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it('throttles an account after five failures with THROTTLED and retryAfter, even for the right password', async () => {
    const email = uniqueEmail();
    await services.accounts.signUp(email, PASSWORD);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        (await graphQLErrorOf(services.accounts.signIn(email, 'wrong password!'))).extensions['code'],
      ).toBe('UNAUTHENTICATED');
    }

    const throttled = await graphQLErrorOf(services.accounts.signIn(email, PASSWORD));

    expect(throttled.extensions['code']).toBe('THROTTLED');
    expect(throttled.extensions['retryAfter']).toBeGreaterThanOrEqual(1);
  });

  it('refuses invalid and common passwords and invalid emails with BAD_USER_INPUT before writing', async () => {
    const countBefore = await database.user.count();

    expect((await graphQLErrorOf(services.accounts.signUp('not-an-email', PASSWORD))).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    });
    for (const weak of ['short', 'qwertyuiop']) {
      expect((await graphQLErrorOf(services.accounts.signUp(uniqueEmail(), weak))).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.password',
      });
    }
    expect(await database.user.count()).toBe(countBefore);
  });

  it('starts a guest (user.created guest: true) and upgrades it keeping the id (user.upgraded)', async () => {
    const guest = await services.accounts.startGuest(CLIENT);
    expect(guest.user).toMatchObject({ email: null, isGuest: true });
    expect((await verify(guest.session.accessToken.token)).userId).toBe(guest.user.id);

    const email = uniqueEmail();
    const upgraded = await services.accounts.upgradeGuest(guest.user.id, email, PASSWORD, CLIENT);

    expect(upgraded).toMatchObject({ id: guest.user.id, email, isGuest: false });
    expect((await services.accounts.signIn(email, PASSWORD)).user.id).toBe(guest.user.id);
    expect((await outboxFor(guest.user.id)).map((event) => [event.type, event.payload])).toEqual([
      ['user.created', { userId: guest.user.id, guest: true }],
      ['user.upgraded', { userId: guest.user.id }],
    ]);
    const again = await graphQLErrorOf(
      services.accounts.upgradeGuest(guest.user.id, uniqueEmail(), PASSWORD),
    );
    expect(again.extensions['code']).toBe('CONFLICT');
  });

  it('refuses to upgrade a guest to a taken email, leaving it a guest', async () => {
    const email = uniqueEmail();
    await services.accounts.signUp(email, PASSWORD);
    const guest = await services.accounts.startGuest();

    const error = await graphQLErrorOf(services.accounts.upgradeGuest(guest.user.id, email, PASSWORD));

    expect(error.extensions).toEqual({ code: 'CONFLICT', field: 'input.email' });
    expect(await services.accounts.findById(guest.user.id)).toMatchObject({ isGuest: true, email: null });
  });

  it('changes the password, signing out every other session but the current one', async () => {
    const email = uniqueEmail();
    const current = await services.accounts.signUp(email, PASSWORD);
    const other = await services.accounts.signIn(email, PASSWORD);

    const wrong = await graphQLErrorOf(
      services.accounts.changePassword(
        current.user.id,
        current.session.sessionId,
        'wrong one!!',
        'a new passphrase',
      ),
    );
    expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });

    const changed = await services.accounts.changePassword(
      current.user.id,
      current.session.sessionId,
      PASSWORD,
      'a new passphrase',
    );

    expect(changed.signedOutSessions).toBe(1);
    const sessions = await services.sessions.list(current.user.id);
    expect(sessions.map((session) => session.id)).toEqual([current.session.sessionId]);
    await expect(services.sessions.refresh(other.session.refreshToken, {})).rejects.toThrow(GraphQLError);
    await expect(services.accounts.signIn(email, 'a new passphrase')).resolves.toBeDefined();
  });

  it('deletes an account after the password check: user.deleted, ACCOUNT_DELETED listing its sessions', async () => {
    const { user, session } = await services.accounts.signUp(uniqueEmail(), PASSWORD);

    const wrong = await graphQLErrorOf(services.accounts.deleteAccount(user.id, 'not it at all'));
    expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(await services.accounts.findById(user.id)).not.toBeNull();

    await expect(services.accounts.deleteAccount(user.id, PASSWORD, CLIENT)).resolves.toBe(true);

    expect(await services.accounts.findById(user.id)).toBeNull();
    expect(await database.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await outboxFor(user.id)).map((event) => [event.type, event.payload])).toContainEqual([
      'user.deleted',
      { userId: user.id, reason: 'requested' },
    ]);
    const deleted = await database.securityEvent.findFirstOrThrow({
      where: { userId: user.id, type: 'ACCOUNT_DELETED' },
    });
    expect(deleted.details).toMatchObject({ sessionIds: [session.sessionId] });
    expect((await services.revocations.snapshot()).sessions).toContain(session.sessionId);
  });

  it('keeps the security log append-only at the database level', async () => {
    const { user } = await services.accounts.signUp(uniqueEmail(), PASSWORD);

    await expect(
      database.$executeRaw`update auth.security_events set ip = '0.0.0.0' where user_id = ${user.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      database.$executeRaw`delete from auth.security_events where user_id = ${user.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    expect(await database.securityEvent.count({ where: { userId: user.id } })).toBe(1);
  });
});
