import { graphql } from '@/gql';

export const LighterPackCsvQuery = graphql(`
  query LighterPackCsv($listId: ID, $packId: ID) {
    me {
      id
      lighterPackCsv(listId: $listId, packId: $packId)
    }
  }
`);

export const PreviewLighterPackImportQuery = graphql(`
  query PreviewLighterPackImport($csv: String!) {
    me {
      id
      preferences {
        ...WeightDisplayPreferences
      }
    }
    previewLighterPackImport(csv: $csv) {
      readable
      rowCount
      goodRowCount
      reusedRowCount
      summary {
        totalMg
        baseMg
        wornMg
        consumableMg
        itemCount
      }
      categories {
        name
        totalMg
        baseMg
        wornMg
        consumableMg
        itemCount
        rows {
          row
          line
          name
          quantity
          weightMg
          weightUnit
          worn
          consumable
          reusedItem {
            id
          }
          sameItemAsRow
        }
      }
      problems {
        ...ImportProblem
      }
    }
  }
`);

/** Imports the good rows the preview showed (rows with problems are left out). */
export const StartLighterPackImportMutation = graphql(`
  mutation StartLighterPackImport($csv: String!, $listName: String!) {
    startLighterPackImport(csv: $csv, listName: $listName, skipRowsWithProblems: true) {
      id
      ...ImportProgress
    }
  }
`);

export const LighterPackImportQuery = graphql(`
  query LighterPackImport($id: ID!) {
    lighterPackImport(id: $id) {
      ...ImportProgress
    }
  }
`);
