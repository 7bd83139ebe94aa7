import { graphql } from '@/gql';

/** The signed-in user's display settings. */
export const PreferencesQuery = graphql(`
  query Preferences {
    me {
      id
      preferences {
        weightUnit
        theme
      }
    }
  }
`);

/** Changes only the settings given; the answer carries both so every query showing them refreshes. */
export const UpdatePreferencesMutation = graphql(`
  mutation UpdatePreferences($input: UpdatePreferencesInput!) {
    updatePreferences(input: $input) {
      weightUnit
      theme
    }
  }
`);
