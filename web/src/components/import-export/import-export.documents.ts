import { graphql } from '@/gql';

export const LighterPackCsvQuery = graphql(`
  query LighterPackCsv($listId: ID, $packId: ID) {
    __typename
    me {
      __typename
      id
      lighterPackCsv(listId: $listId, packId: $packId)
    }
  }
`);

export const StartLighterPackImportMutation = graphql(`
  mutation StartLighterPackImport($csv: String!, $listName: String!) {
    __typename
    startLighterPackImport(csv: $csv, listName: $listName) {
      __typename
      id
      status
      processedRows
      totalRows
      errors {
        __typename
        row
        column
        message
      }
      list {
        __typename
        id
        name
      }
    }
  }
`);

export const LighterPackImportQuery = graphql(`
  query LighterPackImport($id: ID!) {
    __typename
    lighterPackImport(id: $id) {
      __typename
      id
      status
      processedRows
      totalRows
      errors {
        __typename
        row
        column
        message
      }
      list {
        __typename
        id
        name
      }
    }
  }
`);
