import { graphql } from '@/gql';

/** What every page's shell needs: who is signed in (for the header) and the theme to apply. */
export const ViewerQuery = graphql(`
  query Viewer {
    __typename
    me {
      __typename
      id
      email
      preferences {
        __typename
        theme
      }
    }
  }
`);
