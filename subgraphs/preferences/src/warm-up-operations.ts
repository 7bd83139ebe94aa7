import type { WarmUpOperations } from '@packyourbag/service-kit/nest';

/** The User entity's preferences, as a user id with none saved: defaults, nothing written (1495). */
export const preferencesWarmUp: WarmUpOperations = (userId) => [
  {
    query:
      'query WarmUpPreferences($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { preferences { weightUnit showPoundsAndOunces theme } } } }',
    variables: { representations: [{ __typename: 'User', id: userId }] },
  },
];
