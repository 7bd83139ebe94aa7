'use client';

import { useMutation, useQuery } from 'urql';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryState } from '@/components/feedback/query-state';
import { FormAlert } from '@/components/forms/form-alert';
import { ShareControl } from '@/components/sharing/share-control';
import { ExportCsvButton } from '@/components/import-export/export-csv-button';
import { WeightSummary } from '@/components/weights/weight-summary';
import { useFragment } from '@/gql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { AddFromLibrary } from './add-from-library';
import { EntryTable } from './entry-table';
import {
  AddListEntryMutation,
  ListEditorQuery,
  ListEntriesFragment,
  RemoveListEntryMutation,
  ReorderListEntriesMutation,
  UpdateListEntryMutation,
} from './lists.documents';
import { weightDisplayOf } from '@/lib/weight/weight-display';

/** One list: its entries, add from the library, totals, sharing and CSV export. */
export function ListEditor({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ListEditorQuery, variables: { id } });
  const [addResult, addEntry] = useMutation(AddListEntryMutation);
  const [updateResult, updateEntry] = useMutation(UpdateListEntryMutation);
  const [, removeEntry] = useMutation(RemoveListEntryMutation);
  const [, reorder] = useMutation(ReorderListEntriesMutation);
  const list = useFragment(ListEntriesFragment, data?.list);
  const mutationError = addResult.error ?? updateResult.error;

  return (
    <QueryState
      data={list && data?.me ? { list, me: data.me } : undefined}
      error={error}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      loadingLabel="Loading the list…"
    >
      {({ list: current, me }) => {
        const weight = weightDisplayOf(me.preferences);
        return (
          <div className="stack">
            <h1 className="truncate">{current.name}</h1>
            <WeightSummary summary={current.summary} weight={weight} />
            <FormAlert message={mutationError ? toFormErrors(mutationError).form : undefined} />
            {current.entries.length === 0 ? (
              <EmptyState title="This list is empty">Add gear from your library below.</EmptyState>
            ) : (
              <EntryTable
                entries={current.entries}
                weight={weight}
                onChange={(entryId, input) => void updateEntry({ entryId, input })}
                onRemove={(entryId) => void removeEntry({ entryId })}
                onReorder={(entryIds) => void reorder({ listId: current.id, entryIds: [...entryIds] })}
              />
            )}
            <AddFromLibrary
              items={me.items.nodes}
              weight={weight}
              onAdd={(itemId, quantity) => void addEntry({ listId: current.id, input: { itemId, quantity } })}
            />
            <ShareControl kind="list" id={current.id} existingToken={current.shareLinks[0]?.token} />
            <ExportCsvButton listId={current.id} fileName={current.name} />
          </div>
        );
      }}
    </QueryState>
  );
}
