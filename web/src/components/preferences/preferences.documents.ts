import { graphql } from '@/gql';

/** Every preference the screen edits; the fragment is also what the mutation answers with. */
export const PreferencesFieldsFragment = graphql(`
  fragment PreferencesFields on Preferences {
    __typename
    theme
    weightUnit
    showPoundsAndOunces
    locale
    currency
    checklist {
      __typename
      hidePacked
      sortOrder
    }
    palette {
      __typename
      name
      categoryColorOrder
    }
    onboarding {
      __typename
      completedSteps
    }
  }
`);

/** The signed-in user's preferences. */
export const PreferencesQuery = graphql(`
  query Preferences {
    __typename
    me {
      __typename
      id
      preferences {
        __typename
        ...PreferencesFields
      }
    }
  }
`);

/** Changes only the settings given; the answer carries all of them so every query showing one refreshes. */
export const UpdatePreferencesMutation = graphql(`
  mutation UpdatePreferences($input: UpdatePreferencesInput!) {
    __typename
    updatePreferences(input: $input) {
      __typename
      ...PreferencesFields
    }
  }
`);
