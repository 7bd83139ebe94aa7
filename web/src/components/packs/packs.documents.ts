import { graphql } from '@/gql';

export const PacksQuery = graphql(`
  query Packs($after: String) {
    me {
      id
      packs(first: 30, after: $after) {
        totalCount
        pageInfo {
          ...NextPage
        }
        nodes {
          id
          name
          summary {
            ...WeightCardSummary
          }
        }
      }
      preferences {
        ...WeightDisplayPreferences
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
      ...WeightSummaryTotals
    }
    priceTotals {
      amountMinor
      currency
    }
    groupedContents(by: CATEGORY) {
      category {
        ...CategoryChip
      }
      lines {
        quantity
        wornQuantity
        consumable
        totalMg
        item {
          ...CategoryGroupItem
        }
      }
      subtotal {
        ...CategoryGroupSubtotal
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
        totalCount
        pageInfo {
          ...NextPage
        }
        nodes {
          id
          name
        }
      }
      preferences {
        ...WeightDisplayPreferences
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

export const SetPackCategoryOrderMutation = graphql(`
  mutation SetPackCategoryOrder($packId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {
    setPackCategoryOrder(packId: $packId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {
      ...PackBuilderState
    }
  }
`);
