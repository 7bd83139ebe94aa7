import { graphql } from '@/gql';

/** What every page's shell needs: who is signed in (for the header) and the theme and palette to apply. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      preferences {
        theme
        palette {
          name
        }
      }
    }
  }
`);
