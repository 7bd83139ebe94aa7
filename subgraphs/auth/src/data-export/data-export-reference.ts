/**
 * The `DataExport` entity as auth's resolvers pass it around: only its key. Each subgraph resolves
 * its own part from the user id (docs/decisions/0902-federated-data-export.md).
 */
export interface DataExportReference {
  __typename: 'DataExport';
  userId: string;
}
