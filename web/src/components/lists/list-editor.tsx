'use client';

import { useMutation, useQuery } from 'urql';
import { GroupedGear } from '@/components/category-groups/grouped-gear';
import { categoryMover } from '@/components/category-groups/category-order';
import { useCollapsedCategories } from '@/components/category-groups/use-collapsed-categories';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryState } from '@/components/feedback/query-state';
import { withCategoryChip } from '@/components/palette/category-chip';
import { FormAlert } from '@/components/forms/form-alert';
import { ShareControl } from '@/components/sharing/share-control';
import { ExportCsvButton } from '@/components/import-export/export-csv-button';
import { WeightSummary, WeightSummaryTotalsFragment } from '@/components/weights/weight-summary';
import { readFragment } from '@/gql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { AddFromLibrary } from './add-from-library';
import { EntryTable, EntryTableRowFragment } from './entry-table';
import { listCategoryGroups } from './list-category-groups';
import {
  AddListEntryMutation,
  ListEditorQuery,
  ListEntriesFragment,
  RemoveListEntryMutation,
  ReorderListEntriesMutation,
  SetListCategoryOrderMutation,
  UpdateListEntryMutation,
} from './lists.documents';
import { weightDisplayOf } from '@/lib/weight/weight-display';

/**
 * One list: its gear grouped by category with subtotals and the chart (category order kept on the
 * server, folds in this browser), its entries to edit, add from the library, sharing and export.
 */
export function ListEditor({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ListEditorQuery, variables: { id } });
  const [addResult, addEntry] = useMutation(AddListEntryMutation);
  const [updateResult, updateEntry] = useMutation(UpdateListEntryMutation);
  const [, removeEntry] = useMutation(RemoveListEntryMutation);
  const [, reorder] = useMutation(ReorderListEntriesMutation);
  const [orderResult, setCategoryOrder] = useMutation(SetListCategoryOrderMutation);
  const [collapsed, toggleCategory] = useCollapsedCategories(`list:${id}`);
  const list = readFragment(ListEntriesFragment, data?.list);
  const mutationError = addResult.error ?? updateResult.error ?? orderResult.error;

  return (
    <QueryState
      data={list && data?.me ? { list, me: data.me } : undefined}
      error={error}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      loadingLabel="Loading the list…"
    >
      {({ list: current, me }) => {
        const weight = weightDisplayOf(me.preferences);
        const summary = readFragment(WeightSummaryTotalsFragment, current.summary);
        const groups = listCategoryGroups(current.categoryGroups);
        const moveCategory = categoryMover(groups, orderResult.fetching, (categoryIds) => {
          void setCategoryOrder({ listId: current.id, categoryIds, expectedVersion: current.version });
        });
        return (
          <div className="stack">
            <h1 className="truncate" title={current.name}>
              {current.name}
            </h1>
            <WeightSummary summary={summary} weight={weight} />
            <FormAlert message={mutationError ? toFormErrors(mutationError).form : undefined} />
            {groups.length > 0 ? (
              <GroupedGear
                groups={groups}
                totals={{ ...summary, priceTotals: current.priceTotals }}
                weight={weight}
                collapsed={collapsed}
                onToggle={toggleCategory}
                onMove={moveCategory}
              />
            ) : null}
            {current.entries.length > 0 ? <h2>Entries</h2> : null}
            {current.entries.length === 0 ? (
              <EmptyState title="This list is empty">Add gear from your library below.</EmptyState>
            ) : (
              <EntryTable
                entries={readFragment(EntryTableRowFragment, current.entries).map((entry) => ({
                  ...entry,
                  item: withCategoryChip(entry.item),
                }))}
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
