import { graphql } from '@/gql';

export const AccountQuery = graphql(`
  query Account {
    me {
      id
      email
      isGuest
      sessions {
        id
        device
        ipAddress
        lastUsedAt
        current
      }
      personalAccessTokens {
        id
        name
        scopes
        createdAt
        expiresAt
        revokedAt
      }
      securityEvents(first: 20) {
        nodes {
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
    revokeSession(id: $id) {
      id
    }
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const CreateTokenMutation = graphql(`
  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {
    createPersonalAccessToken(input: $input) {
      token
      personalAccessToken {
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
    revokePersonalAccessToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export const UpgradeGuestMutation = graphql(`
  mutation UpgradeGuest($input: UpgradeGuestInput!) {
    upgradeGuest(input: $input) {
      id
      email
      isGuest
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input)
  }
`);

export const DataExportQuery = graphql(`
  query DataExport {
    me {
      id
      dataExport {
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
    changePassword(input: $input) {
      signedOutSessions
      user {
        id
      }
    }
  }
`);
