import { describe, expect, inject, it } from 'vitest';
import { AuthClient, PASSWORD, errorCode, uniqueEmail } from '../auth-support/auth-client.js';
import { randomClientIp } from '../support/forwarded-client.js';

const { graphqlUrl } = inject('stack');
const auth = new AuthClient({ graphqlUrl, ip: randomClientIp() });

describe('guest accounts', () => {
  it('a guest has full functionality and keeps everything when it upgrades', async () => {
    const guest = await auth.startGuest();
    expect(guest.user).toMatchObject({ isGuest: true, email: '' });
    expect(guest.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const item = await auth.ok<{ createItem: { id: string } }>(
      'mutation { createItem(input: { name: "Stove", weightMg: 85000 }) { id } }',
      {},
      guest.accessToken,
    );

    const email = uniqueEmail();
    const upgraded = await auth.ok<{ upgradeGuest: { id: string; email: string; isGuest: boolean } }>(
      'mutation($input: UpgradeGuestInput!) { upgradeGuest(input: $input) { id email isGuest } }',
      { input: { email, password: PASSWORD } },
      guest.accessToken,
    );
    expect(upgraded.upgradeGuest).toEqual({ id: guest.user.id, email, isGuest: false });

    const signedIn = (await auth.signIn(email)).data!.signIn;
    expect(signedIn.user.id).toBe(guest.user.id);
    const items = await auth.ok<{ me: { items: { nodes: Array<{ id: string }> } } }>(
      '{ me { items(first: 10) { nodes { id } } } }',
      {},
      signedIn.accessToken,
    );
    expect(items.me.items.nodes.map((node) => node.id)).toContain(item.createItem.id);
  });

  it('refuses to upgrade a non-guest or to a taken email with CONFLICT, and a weak password with BAD_USER_INPUT', async () => {
    const member = await auth.signUp();
    const upgrade = 'mutation($input: UpgradeGuestInput!) { upgradeGuest(input: $input) { id } }';
    expect(
      errorCode(
        await auth.call(upgrade, { input: { email: uniqueEmail(), password: PASSWORD } }, member.accessToken),
      ),
    ).toBe('CONFLICT');
    const guest = await auth.startGuest();
    const taken = await auth.call(
      upgrade,
      { input: { email: member.email, password: PASSWORD } },
      guest.accessToken,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const weak = await auth.call(
      upgrade,
      { input: { email: uniqueEmail(), password: 'password12' } },
      guest.accessToken,
    );
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
  });

  it('startGuestSession needs no credentials; upgradeGuest does', async () => {
    expect(
      errorCode(
        await auth.call('mutation { upgradeGuest(input: { email: "a@b.co", password: "x" }) { id } }'),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});
