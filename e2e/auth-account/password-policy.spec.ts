import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import '../support/stack-info.js';

// Finding 4 of issue 13: blank, mostly-blank and email-equal passwords were accepted (decision 0609).

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';

describe('password policy through the router', () => {
  it.each([
    ['only spaces', () => ' '.repeat(11)],
    ['spaces plus one letter', () => `${' '.repeat(11)}a`],
    ['the email', (email: string) => email.toUpperCase()],
    ['the local part of the email', (email: string) => email.split('@')[0]!],
  ])('refuses %s at sign-up with BAD_USER_INPUT on input.password', async (_case, password) => {
    const { graphqlUrl } = inject('stack');
    const email = `policy-${randomUUID()}@example.com`;
    const result = await postGraphQL(graphqlUrl, SIGN_UP, {
      variables: { input: { email, password: password(email) } },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(result.data ?? null).toBeNull();
  });

  it('signs in with another way of typing the same characters (NFKC on both sides)', async () => {
    const { graphqlUrl } = inject('stack');
    const email = `nfkc-${randomUUID()}@example.com`;
    const signedUp = await postGraphQL(graphqlUrl, SIGN_UP, {
      variables: { input: { email, password: 'ｃｏｒｒｅｃｔ horse ﬁsh' } },
    });
    expect(signedUp.errors).toBeUndefined();
    const signedIn = await postGraphQL<{ signIn: { accessToken: string } }>(graphqlUrl, SIGN_IN, {
      variables: { input: { email, password: 'correct horse fish' } },
    });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signIn.accessToken).toBeTruthy();
  });
});
