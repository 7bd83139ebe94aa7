import { graphql } from '@/gql';

/** The signed-in user's display settings. */
export const PreferencesQuery = graphql(`
  query Preferences {
    __typename
    me {
      __typename
      id
      preferences {
        __typename
        weightUnit
        theme
      }
    }
  }
`);

/** Changes only the settings given; the answer carries both so every query showing them refreshes. */
export const UpdatePreferencesMutation = graphql(`
  mutation UpdatePreferences($input: UpdatePreferencesInput!) {
    __typename
    updatePreferences(input: $input) {
      __typename
      weightUnit
      theme
    }
  }
`);
