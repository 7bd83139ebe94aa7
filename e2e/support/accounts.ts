import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { postGraphQL } from './graphql-client.js';

export interface SignedUp {
  email: string;
  accessToken: string;
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      tokenType
      user {
        id
        email
      }
    }
  }
`;

/** A new account with a unique email, signed in through the router. */
export async function signUp(graphqlUrl: string): Promise<SignedUp> {
  const email = `e2e-${randomUUID()}@example.com`;
  const result = await postGraphQL<{
    signUp: { accessToken: string; tokenType: string; user: { email: string } };
  }>(graphqlUrl, SIGN_UP, { variables: { input: { email, password: 'correct horse battery staple' } } });
  expect(result.errors).toBeUndefined();
  expect(result.data?.signUp.tokenType).toBe('Bearer');
  expect(result.data?.signUp.user.email).toBe(email);
  return { email, accessToken: result.data!.signUp.accessToken };
}
