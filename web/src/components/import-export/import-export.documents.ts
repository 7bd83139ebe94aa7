import { graphql } from '@/gql';

export const LighterPackCsvQuery = graphql(`
  query LighterPackCsv($listId: ID, $packId: ID) {
    me {
      id
      lighterPackCsv(listId: $listId, packId: $packId)
    }
  }
`);

export const StartLighterPackImportMutation = graphql(`
  mutation StartLighterPackImport($csv: String!, $listName: String!) {
    startLighterPackImport(csv: $csv, listName: $listName) {
      id
      status
      processedRows
      totalRows
      errors {
        row
        column
        message
      }
      list {
        id
        name
      }
    }
  }
`);

export const LighterPackImportQuery = graphql(`
  query LighterPackImport($id: ID!) {
    lighterPackImport(id: $id) {
      id
      status
      processedRows
      totalRows
      errors {
        row
        column
        message
      }
      list {
        id
        name
      }
    }
  }
`);
