import { graphql } from '@/gql';

export const ShareListMutation = graphql(`
  mutation ShareList($listId: ID!) {
    __typename
    shareList(listId: $listId) {
      __typename
      id
      token
    }
  }
`);

export const SharePackMutation = graphql(`
  mutation SharePack($packId: ID!) {
    __typename
    sharePack(packId: $packId) {
      __typename
      id
      token
    }
  }
`);

export const SharedListQuery = graphql(`
  query SharedList($token: String!) {
    __typename
    sharedList(token: $token) {
      __typename
      name
      description
      entries {
        __typename
        name
        weightMg
        quantity
        wornQuantity
        consumable
        category {
          __typename
          name
          colorIndex
        }
      }
      summary {
        __typename
        totalMg
        baseMg
        wornMg
        consumableMg
        itemCount
      }
    }
  }
`);

export const SharedPackQuery = graphql(`
  query SharedPack($token: String!) {
    __typename
    sharedPack(token: $token) {
      __typename
      name
      description
      entries {
        __typename
        name
        weightMg
        quantity
        wornQuantity
        consumable
        category {
          __typename
          name
          colorIndex
        }
      }
      summary {
        __typename
        totalMg
        baseMg
        wornMg
        consumableMg
        itemCount
      }
    }
  }
`);
