import { describe, expect, inject, it } from 'vitest';
import { AuthClient, errorCode, eventually } from '../auth-support/auth-client.js';
import { randomClientIp } from '../support/forwarded-client.js';

const { graphqlUrl } = inject('stack');
const auth = new AuthClient({ graphqlUrl, ip: randomClientIp() });

describe('refresh tokens through the router', () => {
  it('rotate on every refresh within one family, and a reused token signs the family out', async () => {
    const signedUp = await auth.signUp();
    const first = await auth.refresh(signedUp.refreshToken);
    expect(first.errors).toBeUndefined();
    const next = first.data!.refreshSession;
    expect(next.refreshToken).not.toBe(signedUp.refreshToken);
    expect(next.refreshTokenExpiresAt).toBe(signedUp.refreshTokenExpiresAt);
    expect((await auth.whoAmI(next.accessToken)).id).toBe(signedUp.user.id);
    const second = (await auth.refresh(next.refreshToken)).data!.refreshSession;

    // Two rotations back: reuse, whatever the grace window.
    expect(errorCode(await auth.refresh(signedUp.refreshToken))).toBe('UNAUTHENTICATED');

    expect(errorCode(await auth.refresh(second.refreshToken))).toBe('UNAUTHENTICATED');
    // The family's access tokens stop too, once the revocation feed has been polled.
    expect(
      await eventually(async () => (await auth.whoAmI(second.accessToken)).code === 'UNAUTHENTICATED'),
    ).toBe(true);
  });

  it('lets two concurrent refreshes with the same token both succeed (two tabs)', async () => {
    const signedUp = await auth.signUp();

    const [a, b] = await Promise.all([
      auth.refresh(signedUp.refreshToken),
      auth.refresh(signedUp.refreshToken),
    ]);

    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.refreshSession.refreshToken).not.toBe(b.data!.refreshSession.refreshToken);
    for (const pair of [a.data!.refreshSession, b.data!.refreshSession]) {
      expect((await auth.whoAmI(pair.accessToken)).id).toBe(signedUp.user.id);
      expect((await auth.refresh(pair.refreshToken)).errors).toBeUndefined();
    }
  });

  it('refuses garbage refresh tokens with UNAUTHENTICATED', async () => {
    for (const token of ['', 'garbage', 'A'.repeat(43), 'eyJhbGciOiJSUzI1NiJ9.e30.x']) {
      expect(errorCode(await auth.refresh(token))).toBe('UNAUTHENTICATED');
    }
  });
});

describe('sessions through the router', () => {
  const SESSIONS = '{ me { sessions { id device ipAddress current createdAt lastUsedAt } } }';

  it("lists sessions with device, anonymised IP and current; revokes one; NOT_FOUND for another user's", async () => {
    const ip = '203.0.113.77';
    const client = new AuthClient({ graphqlUrl, ip });
    const first = await client.signUp();
    const second = (await client.signIn(first.email)).data!.signIn;

    const listed = await client.ok<{ me: { sessions: Array<Record<string, unknown>> } }>(
      SESSIONS,
      {},
      first.accessToken,
    );
    expect(listed.me.sessions).toHaveLength(2);
    expect(listed.me.sessions.filter((session) => session.current)).toHaveLength(1);
    expect(listed.me.sessions[0]).toMatchObject({ device: 'Firefox on Linux', ipAddress: '203.0.113.0' });

    const stranger = await auth.signUp();
    const strangerSessions = await auth.ok<{ me: { sessions: Array<{ id: string }> } }>(
      SESSIONS,
      {},
      stranger.accessToken,
    );
    const revokeSession = 'mutation($id: ID!) { revokeSession(id: $id) { id } }';
    const foreign = await client.call(
      revokeSession,
      { id: strangerSessions.me.sessions[0]!.id },
      first.accessToken,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');

    const secondId = listed.me.sessions.find((session) => !session.current)!.id;
    await client.ok(revokeSession, { id: secondId }, first.accessToken);
    expect(errorCode(await client.refresh(second.refreshToken))).toBe('UNAUTHENTICATED');
    expect(
      await eventually(async () => (await client.whoAmI(second.accessToken)).code === 'UNAUTHENTICATED'),
    ).toBe(true);
    expect((await client.whoAmI(first.accessToken)).id).toBe(first.user.id);
  });

  it('signs out this session, then everywhere', async () => {
    const first = await auth.signUp();
    const second = (await auth.signIn(first.email)).data!.signIn;
    const third = (await auth.signIn(first.email)).data!.signIn;

    await auth.ok('mutation { signOut }', {}, first.accessToken);
    expect(errorCode(await auth.refresh(first.refreshToken))).toBe('UNAUTHENTICATED');
    const everywhere = await auth.ok<{ signOutEverywhere: number }>(
      'mutation { signOutEverywhere }',
      {},
      second.accessToken,
    );
    expect(everywhere.signOutEverywhere).toBe(2);
    expect(errorCode(await auth.refresh(third.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('changing the password signs out every other session', async () => {
    const current = await auth.signUp();
    const other = (await auth.signIn(current.email)).data!.signIn;

    const changed = await auth.ok<{ changePassword: { signedOutSessions: number } }>(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { signedOutSessions user { id } } }',
      {
        input: {
          currentPassword: 'a long enough passphrase 42',
          newPassword: 'an even longer passphrase 43',
        },
      },
      current.accessToken,
    );

    expect(changed.changePassword.signedOutSessions).toBe(1);
    expect(errorCode(await auth.refresh(other.refreshToken))).toBe('UNAUTHENTICATED');
    expect((await auth.refresh(current.refreshToken)).errors).toBeUndefined();
    expect(errorCode(await auth.signIn(current.email))).toBe('UNAUTHENTICATED');
    expect((await auth.signIn(current.email, 'an even longer passphrase 43')).errors).toBeUndefined();
  });
});
