import { describe, expect, inject, it } from 'vitest';
import { AuthClient, PASSWORD, errorCode, eventually } from '../auth-support/auth-client.js';
import { query } from '../auth-support/auth-database.js';

const { graphqlUrl, serviceDatabaseUrls } = inject('stack');
const auth = new AuthClient({ graphqlUrl, ip: '203.0.113.200' });
const database = serviceDatabaseUrls.auth;

const EVENTS = `query($first: Int, $after: String) {
  me { securityEvents(first: $first, after: $after) {
    totalCount edges { cursor node { type ipAddress userAgent createdAt } } nodes { id type }
    pageInfo { hasNextPage endCursor }
  } }
}`;

interface Events {
  me: {
    securityEvents: {
      totalCount: number;
      edges: Array<{
        cursor: string;
        node: { type: string; ipAddress: string | null; userAgent: string | null };
      }>;
      nodes: Array<{ id: string; type: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

describe('security events', () => {
  it('lists my events newest first, paginated, with anonymised IP and user agent', async () => {
    const signedUp = await auth.signUp();
    await auth.signIn(signedUp.email, 'not the right passphrase');
    const signedIn = (await auth.signIn(signedUp.email)).data!.signIn;

    const page = await auth.ok<Events>(EVENTS, { first: 2 }, signedIn.accessToken);
    const events = page.me.securityEvents;
    expect(events.totalCount).toBe(3);
    expect(events.nodes.map((node) => node.type)).toEqual(['SIGN_IN', 'SIGN_IN_FAILED']);
    expect(events.edges[0]!.node).toMatchObject({
      ipAddress: '203.0.113.0',
      userAgent: expect.stringContaining('Firefox'),
    });
    expect(events.pageInfo.hasNextPage).toBe(true);

    const rest = await auth.ok<Events>(
      EVENTS,
      { first: 2, after: events.pageInfo.endCursor },
      signedIn.accessToken,
    );
    expect(rest.me.securityEvents.nodes.map((node) => node.type)).toEqual(['SIGN_UP']);
    expect(rest.me.securityEvents.pageInfo.hasNextPage).toBe(false);

    const tooMany = await auth.call(EVENTS, { first: 101 }, signedIn.accessToken);
    expect(errorCode(tooMany)).toMatch(/BAD_USER_INPUT|COST|QUERY_TOO_EXPENSIVE|FORBIDDEN/);
  });
});

describe('account deletion', () => {
  it('asks for the password again, then deletes: sign-in fails, tokens stop, user.deleted is in the outbox', async () => {
    const signedUp = await auth.signUp();
    const remove = 'mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }';

    const wrong = await auth.call(
      remove,
      { input: { password: 'not the right passphrase' } },
      signedUp.accessToken,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect((await auth.whoAmI(signedUp.accessToken)).id).toBe(signedUp.user.id);

    await auth.ok(remove, { input: { password: PASSWORD } }, signedUp.accessToken);

    expect(errorCode(await auth.signIn(signedUp.email))).toBe('UNAUTHENTICATED');
    expect(errorCode(await auth.refresh(signedUp.refreshToken))).toBe('UNAUTHENTICATED');
    expect(
      await eventually(async () => (await auth.whoAmI(signedUp.accessToken)).code === 'UNAUTHENTICATED'),
    ).toBe(true);
    const outbox = await query<{ type: string; payload: unknown }>(
      database,
      "select type, payload from auth.outbox_events where payload->>'userId' = $1 order by created_at",
      [signedUp.user.id],
    );
    expect(outbox.map((row) => [row.type, row.payload])).toEqual([
      ['user.created', { userId: signedUp.user.id, guest: false }],
      ['user.deleted', { userId: signedUp.user.id, reason: 'requested' }],
    ]);
  });
});
