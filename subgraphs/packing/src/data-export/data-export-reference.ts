/** The federated `DataExport` entity as packing's resolver receives it: its key (decision 0902). */
export interface DataExportReference {
  __typename: 'DataExport';
  userId: string;
}
