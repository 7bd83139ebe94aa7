import { graphql } from '@/gql';

export const PacksQuery = graphql(`
  query Packs($after: String) {
    __typename
    me {
      __typename
      id
      packs(first: 30, after: $after) {
        __typename
        totalCount
        pageInfo {
          __typename
          endCursor
          hasNextPage
        }
        nodes {
          __typename
          id
          name
          summary {
            __typename
            totalMg
            itemCount
          }
        }
      }
      preferences {
        __typename
        weightUnit
        showPoundsAndOunces
        locale
      }
    }
  }
`);

export const CreatePackMutation = graphql(`
  mutation CreatePack($input: CreatePackInput!) {
    __typename
    createPack(input: $input) {
      __typename
      id
      name
    }
  }
`);

export const PackBuilderFragment = graphql(`
  fragment PackBuilderState on Pack {
    __typename
    id
    name
    version
    lists {
      __typename
      id
      name
    }
    summary {
      __typename
      totalMg
      baseMg
      wornMg
      consumableMg
      itemCount
      byCategory {
        __typename
        totalMg
        shareBasisPoints
        itemCount
        category {
          __typename
          id
          name
          colorIndex
        }
      }
    }
    shareLinks {
      __typename
      id
      token
    }
  }
`);

export const PackBuilderQuery = graphql(`
  query PackBuilder($id: ID!) {
    __typename
    pack(id: $id) {
      __typename
      ...PackBuilderState
    }
    me {
      __typename
      id
      lists(first: 100) {
        __typename
        totalCount
        pageInfo {
          __typename
          endCursor
          hasNextPage
        }
        nodes {
          __typename
          id
          name
        }
      }
      preferences {
        __typename
        weightUnit
        showPoundsAndOunces
        locale
      }
    }
  }
`);

export const SetPackListsMutation = graphql(`
  mutation SetPackLists($packId: ID!, $listIds: [ID!]!) {
    __typename
    setPackLists(packId: $packId, listIds: $listIds) {
      __typename
      ...PackBuilderState
    }
  }
`);
