import { graphql } from '@/gql';

// The web server's own operations: it holds the refresh token, so only it runs these. The browser
// receives the access token and the user, never the refresh token (docs/decisions/1001).

/** What every way of starting a session answers with; session-route.ts reads it. */
export const SessionPayloadFragment = graphql(`
  fragment SessionPayload on AuthPayload {
    accessToken
    expiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      isGuest
    }
  }
`);

export const SessionSignUpMutation = graphql(`
  mutation SessionSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...SessionPayload
    }
  }
`);

export const SessionSignInMutation = graphql(`
  mutation SessionSignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionPayload
    }
  }
`);

export const SessionGuestMutation = graphql(`
  mutation SessionGuest {
    startGuestSession {
      ...SessionPayload
    }
  }
`);

export const SessionRefreshMutation = graphql(`
  mutation SessionRefresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionPayload
    }
  }
`);

export const SessionSignOutMutation = graphql(`
  mutation SessionSignOut {
    signOut
  }
`);
