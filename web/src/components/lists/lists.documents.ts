import { graphql } from '@/gql';

export const ListsQuery = graphql(`
  query Lists($after: String) {
    __typename
    me {
      __typename
      id
      lists(first: 30, after: $after) {
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
          colorIndex
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

export const CreateListMutation = graphql(`
  mutation CreateList($input: CreateListInput!) {
    __typename
    createList(input: $input) {
      __typename
      id
      name
    }
  }
`);

export const ListEntriesFragment = graphql(`
  fragment ListEditorState on List {
    __typename
    id
    name
    version
    entries {
      __typename
      id
      quantity
      wornQuantity
      consumable
      item {
        __typename
        id
        name
        weightMg
        category {
          __typename
          id
          name
          colorIndex
        }
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
    shareLinks {
      __typename
      id
      token
    }
  }
`);

export const ListEditorQuery = graphql(`
  query ListEditor($id: ID!) {
    __typename
    list(id: $id) {
      __typename
      ...ListEditorState
    }
    me {
      __typename
      id
      items(first: 100) {
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
          weightMg
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

export const AddListEntryMutation = graphql(`
  mutation AddListEntry($listId: ID!, $input: EntryInput!) {
    __typename
    addListEntry(listId: $listId, input: $input) {
      __typename
      ...ListEditorState
    }
  }
`);

export const UpdateListEntryMutation = graphql(`
  mutation UpdateListEntry($entryId: ID!, $input: EntryChangeInput!) {
    __typename
    updateListEntry(entryId: $entryId, input: $input) {
      __typename
      ...ListEditorState
    }
  }
`);

export const RemoveListEntryMutation = graphql(`
  mutation RemoveListEntry($entryId: ID!) {
    __typename
    removeListEntry(entryId: $entryId) {
      __typename
      ...ListEditorState
    }
  }
`);

export const ReorderListEntriesMutation = graphql(`
  mutation ReorderListEntries($listId: ID!, $entryIds: [ID!]!) {
    __typename
    reorderListEntries(listId: $listId, entryIds: $entryIds) {
      __typename
      ...ListEditorState
    }
  }
`);
