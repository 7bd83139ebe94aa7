import { graphql } from '@/gql';

export const ShareListMutation = graphql(`
  mutation ShareList($listId: ID!) {
    shareList(listId: $listId) {
      id
      token
    }
  }
`);

export const SharePackMutation = graphql(`
  mutation SharePack($packId: ID!) {
    sharePack(packId: $packId) {
      id
      token
    }
  }
`);

export const SharedListQuery = graphql(`
  query SharedList($token: String!) {
    sharedList(token: $token) {
      name
      description
      categoryGroups {
        ...SharedViewGroup
      }
      summary {
        ...SharedViewTotals
      }
    }
  }
`);

export const SharedPackQuery = graphql(`
  query SharedPack($token: String!) {
    sharedPack(token: $token) {
      name
      description
      categoryGroups {
        ...SharedViewGroup
      }
      summary {
        ...SharedViewTotals
      }
    }
  }
`);
