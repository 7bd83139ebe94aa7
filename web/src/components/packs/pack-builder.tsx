'use client';

import { useMutation, useQuery } from 'urql';
import { categoryMover } from '@/components/category-groups/category-order';
import { GroupedGear } from '@/components/category-groups/grouped-gear';
import { useCollapsedCategories } from '@/components/category-groups/use-collapsed-categories';
import { QueryState } from '@/components/feedback/query-state';
import { FormAlert } from '@/components/forms/form-alert';
import { ExportCsvButton } from '@/components/import-export/export-csv-button';
import { ShareControl } from '@/components/sharing/share-control';
import { WeightSummary, WeightSummaryTotalsFragment } from '@/components/weights/weight-summary';
import { readFragment } from '@/gql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { ListPicker } from './list-picker';
import { packCategoryGroups } from './pack-category-groups';
import {
  PackBuilderFragment,
  PackBuilderQuery,
  SetPackCategoryOrderMutation,
  SetPackListsMutation,
} from './packs.documents';
import { weightDisplayOf } from '@/lib/weight/weight-display';

/**
 * One pack: which lists it combines, its totals, its contents grouped by category with subtotals
 * and the chart (category order kept on the server per pack), sharing and export.
 */
export function PackBuilder({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: PackBuilderQuery, variables: { id } });
  const [setResult, setLists] = useMutation(SetPackListsMutation);
  const [orderResult, setCategoryOrder] = useMutation(SetPackCategoryOrderMutation);
  const [collapsed, toggleCategory] = useCollapsedCategories(`pack:${id}`);
  const pack = readFragment(PackBuilderFragment, data?.pack);
  const mutationError = setResult.error ?? orderResult.error;

  return (
    <QueryState
      data={pack && data?.me ? { pack, me: data.me } : undefined}
      error={error}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      loadingLabel="Loading the pack…"
    >
      {({ pack: current, me }) => {
        const weight = weightDisplayOf(me.preferences);
        const summary = readFragment(WeightSummaryTotalsFragment, current.summary);
        const groups = packCategoryGroups(current.groupedContents);
        const moveCategory = categoryMover(groups, orderResult.fetching, (categoryIds) => {
          void setCategoryOrder({ packId: current.id, categoryIds, expectedVersion: current.version });
        });
        return (
          <div className="stack">
            <h1 className="truncate" title={current.name}>
              {current.name}
            </h1>
            <FormAlert message={mutationError ? toFormErrors(mutationError).form : undefined} />
            <div className="two-columns">
              <ListPicker
                lists={me.lists.nodes}
                selectedIds={current.lists.map((list) => list.id)}
                onChange={(listIds) => void setLists({ packId: current.id, listIds })}
              />
              <section className="card stack" aria-label="Totals">
                <h2>Totals</h2>
                <WeightSummary summary={summary} weight={weight} />
              </section>
            </div>
            {groups.length > 0 ? (
              <GroupedGear
                groups={groups}
                totals={{ ...summary, priceTotals: current.priceTotals }}
                weight={weight}
                collapsed={collapsed}
                onToggle={toggleCategory}
                onMove={moveCategory}
              />
            ) : (
              <p className="muted">Add lists to see the pack grouped by category.</p>
            )}
            <ShareControl kind="pack" id={current.id} existingToken={current.shareLinks[0]?.token} />
            <ExportCsvButton packId={current.id} fileName={current.name} />
          </div>
        );
      }}
    </QueryState>
  );
}
