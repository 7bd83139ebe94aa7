import { graphql } from '@/gql';

/** The gear library page: items (sorted, filtered), categories and the unit to show weights in. */
export const GearQuery = graphql(`
  query Gear($sort: ItemSort, $filter: ItemFilter, $after: String) {
    me {
      id
      items(first: 100, after: $after, sort: $sort, filter: $filter) {
        pageInfo {
          ...NextPage
        }
        totalCount
        nodes {
          ...GearTableItem
        }
      }
      categories {
        ...CategoryManagerCategory
      }
      preferences {
        ...WeightDisplayPreferences
      }
    }
  }
`);

/** Adds an item to the signed-in user's gear library. */
export const CreateItemMutation = graphql(`
  mutation CreateItem($input: CreateItemInput!) {
    createItem(input: $input) {
      ...GearTableItem
    }
  }
`);

/** Inline edit and archive: the version guards against overwriting someone else's change. */
export const UpdateItemMutation = graphql(`
  mutation UpdateItem($id: ID!, $input: UpdateItemInput!) {
    updateItem(id: $id, input: $input) {
      ...GearTableItem
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      ...CategoryManagerCategory
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      ...CategoryManagerCategory
    }
  }
`);

/** An empty library's other way in: the guests' sample gear, added once (a second call adds nothing). */
export const AddSampleGearMutation = graphql(`
  mutation AddSampleGear {
    addSampleGear {
      itemsAdded
      pack {
        id
        name
      }
    }
  }
`);
