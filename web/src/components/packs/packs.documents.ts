import { graphql } from '@/gql';

export const PacksQuery = graphql(`
  query Packs {
    me {
      id
      packs(first: 100) {
        nodes {
          id
          name
          summary {
            totalMg
            itemCount
          }
        }
      }
      preferences {
        weightUnit
      }
    }
  }
`);

export const CreatePackMutation = graphql(`
  mutation CreatePack($input: CreatePackInput!) {
    createPack(input: $input) {
      id
      name
    }
  }
`);

export const PackBuilderFragment = graphql(`
  fragment PackBuilderState on Pack {
    id
    name
    version
    lists {
      id
      name
    }
    summary {
      totalMg
      baseMg
      wornMg
      consumableMg
      itemCount
      byCategory {
        totalMg
        shareBasisPoints
        itemCount
        category {
          id
          name
          colorIndex
        }
      }
    }
    shareLinks {
      id
      token
    }
  }
`);

export const PackBuilderQuery = graphql(`
  query PackBuilder($id: ID!) {
    pack(id: $id) {
      ...PackBuilderState
    }
    me {
      id
      lists(first: 100) {
        nodes {
          id
          name
        }
      }
      preferences {
        weightUnit
      }
    }
  }
`);

export const SetPackListsMutation = graphql(`
  mutation SetPackLists($packId: ID!, $listIds: [ID!]!) {
    setPackLists(packId: $packId, listIds: $listIds) {
      ...PackBuilderState
    }
  }
`);
