import { graphql } from '@/gql';

export const ListsQuery = graphql(`
  query Lists($after: String) {
    me {
      id
      lists(first: 30, after: $after) {
        totalCount
        pageInfo {
          ...NextPage
        }
        nodes {
          id
          name
          colorIndex
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

export const CreateListMutation = graphql(`
  mutation CreateList($input: CreateListInput!) {
    createList(input: $input) {
      id
      name
    }
  }
`);

export const ListEntriesFragment = graphql(`
  fragment ListEditorState on List {
    id
    name
    version
    entries {
      ...EntryTableRow
    }
    summary {
      ...WeightSummaryTotals
    }
    priceTotals {
      amountMinor
      currency
    }
    categoryGroups {
      category {
        ...CategoryChip
      }
      entries {
        id
        quantity
        wornQuantity
        consumable
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

export const ListEditorQuery = graphql(`
  query ListEditor($id: ID!) {
    list(id: $id) {
      ...ListEditorState
    }
    me {
      id
      items(first: 100) {
        totalCount
        pageInfo {
          ...NextPage
        }
        nodes {
          id
          name
          weightMg
        }
      }
      preferences {
        ...WeightDisplayPreferences
      }
    }
  }
`);

export const AddListEntryMutation = graphql(`
  mutation AddListEntry($listId: ID!, $input: EntryInput!) {
    addListEntry(listId: $listId, input: $input) {
      ...ListEditorState
    }
  }
`);

export const UpdateListEntryMutation = graphql(`
  mutation UpdateListEntry($entryId: ID!, $input: EntryChangeInput!) {
    updateListEntry(entryId: $entryId, input: $input) {
      ...ListEditorState
    }
  }
`);

export const RemoveListEntryMutation = graphql(`
  mutation RemoveListEntry($entryId: ID!) {
    removeListEntry(entryId: $entryId) {
      ...ListEditorState
    }
  }
`);

export const ReorderListEntriesMutation = graphql(`
  mutation ReorderListEntries($listId: ID!, $entryIds: [ID!]!) {
    reorderListEntries(listId: $listId, entryIds: $entryIds) {
      ...ListEditorState
    }
  }
`);

export const SetListCategoryOrderMutation = graphql(`
  mutation SetListCategoryOrder($listId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {
    setListCategoryOrder(listId: $listId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {
      ...ListEditorState
    }
  }
`);
