import { graphql } from '@/gql';

// The web server's own operations: it holds the refresh token, so only it runs these. The browser
// receives the access token and the user, never the refresh token (docs/decisions/1001).

export const SessionSignUpMutation = graphql(`
  mutation SessionSignUp($input: SignUpInput!) {
    signUp(input: $input) {
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
  }
`);

export const SessionSignInMutation = graphql(`
  mutation SessionSignIn($input: SignInInput!) {
    signIn(input: $input) {
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
  }
`);

export const SessionGuestMutation = graphql(`
  mutation SessionGuest {
    startGuestSession {
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
  }
`);

export const SessionRefreshMutation = graphql(`
  mutation SessionRefresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
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
  }
`);

export const SessionSignOutMutation = graphql(`
  mutation SessionSignOut {
    signOut
  }
`);
