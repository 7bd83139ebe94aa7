import { graphql } from '@/gql';

export const AccountQuery = graphql(`
  query Account {
    __typename
    me {
      __typename
      id
      email
      isGuest
      sessions {
        __typename
        id
        device
        ipAddress
        lastUsedAt
        current
      }
      personalAccessTokens {
        __typename
        id
        name
        scopes
        createdAt
        expiresAt
        revokedAt
      }
      securityEvents(first: 20) {
        __typename
        nodes {
          __typename
          id
          type
          ipAddress
          createdAt
        }
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    __typename
    revokeSession(id: $id) {
      __typename
      id
    }
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    __typename
    signOutEverywhere
  }
`);

export const CreateTokenMutation = graphql(`
  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {
    __typename
    createPersonalAccessToken(input: $input) {
      __typename
      token
      personalAccessToken {
        __typename
        id
        name
        scopes
        createdAt
        expiresAt
        revokedAt
      }
    }
  }
`);

export const RevokeTokenMutation = graphql(`
  mutation RevokePersonalAccessToken($id: ID!) {
    __typename
    revokePersonalAccessToken(id: $id) {
      __typename
      id
      revokedAt
    }
  }
`);

export const UpgradeGuestMutation = graphql(`
  mutation UpgradeGuest($input: UpgradeGuestInput!) {
    __typename
    upgradeGuest(input: $input) {
      __typename
      id
      email
      isGuest
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    __typename
    deleteAccount(input: $input)
  }
`);

export const DataExportQuery = graphql(`
  query DataExport {
    __typename
    me {
      __typename
      id
      dataExport {
        __typename
        userId
        account
        packing
        preferences
      }
    }
  }
`);

/** Signs out every other session (the API says how many); this one keeps its tokens. */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    __typename
    changePassword(input: $input) {
      __typename
      signedOutSessions
      user {
        __typename
        id
      }
    }
  }
`);
