import { graphql } from '@/gql';

/** The gear library page: items (sorted, filtered), categories and the unit to show weights in. */
export const GearQuery = graphql(`
  query Gear($sort: ItemSort, $filter: ItemFilter, $after: String) {
    __typename
    me {
      __typename
      id
      items(first: 100, after: $after, sort: $sort, filter: $filter) {
        __typename
        pageInfo {
          __typename
          endCursor
          hasNextPage
        }
        totalCount
        nodes {
          __typename
          id
          name
          weightMg
          archived
          version
          category {
            __typename
            id
            name
            colorIndex
          }
        }
      }
      categories {
        __typename
        id
        name
        colorIndex
        version
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

/** Adds an item to the signed-in user's gear library. */
export const CreateItemMutation = graphql(`
  mutation CreateItem($input: CreateItemInput!) {
    __typename
    createItem(input: $input) {
      __typename
      id
      name
      weightMg
      archived
      version
      category {
        __typename
        id
        name
        colorIndex
      }
    }
  }
`);

/** Inline edit and archive: the version guards against overwriting someone else's change. */
export const UpdateItemMutation = graphql(`
  mutation UpdateItem($id: ID!, $input: UpdateItemInput!) {
    __typename
    updateItem(id: $id, input: $input) {
      __typename
      id
      name
      weightMg
      archived
      version
      category {
        __typename
        id
        name
        colorIndex
      }
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    __typename
    createCategory(input: $input) {
      __typename
      id
      name
      colorIndex
      version
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    __typename
    updateCategory(id: $id, input: $input) {
      __typename
      id
      name
      colorIndex
      version
    }
  }
`);
