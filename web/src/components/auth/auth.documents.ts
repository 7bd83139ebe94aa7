import { graphql } from '@/gql';

/** Creates an account and signs it in; the payload becomes the browser's session. */
export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      expiresAt
      user {
        id
        email
      }
    }
  }
`);

/** Signs in with email and password; the payload becomes the browser's session. */
export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      expiresAt
      user {
        id
        email
      }
    }
  }
`);
