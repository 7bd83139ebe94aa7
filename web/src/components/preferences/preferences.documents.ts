import { graphql } from '@/gql';

/** Every preference the screen edits; the fragment is also what the mutation answers with. */
export const PreferencesFieldsFragment = graphql(`
  fragment PreferencesFields on Preferences {
    theme
    weightUnit
    showPoundsAndOunces
    locale
    currency
    checklist {
      hidePacked
      sortOrder
    }
    palette {
      name
      categoryColorOrder
    }
    onboarding {
      completedSteps
    }
  }
`);

/** The signed-in user's preferences. */
export const PreferencesQuery = graphql(`
  query Preferences {
    me {
      id
      preferences {
        ...PreferencesFields
      }
    }
  }
`);

/** Changes only the settings given; the answer carries all of them so every query showing one refreshes. */
export const UpdatePreferencesMutation = graphql(`
  mutation UpdatePreferences($input: UpdatePreferencesInput!) {
    updatePreferences(input: $input) {
      ...PreferencesFields
    }
  }
`);
