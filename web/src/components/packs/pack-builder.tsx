'use client';

import { useMutation, useQuery } from 'urql';
import { QueryState } from '@/components/feedback/query-state';
import { FormAlert } from '@/components/forms/form-alert';
import { ExportCsvButton } from '@/components/import-export/export-csv-button';
import { ShareControl } from '@/components/sharing/share-control';
import { CategoryChart } from '@/components/weights/category-chart';
import { WeightSummary } from '@/components/weights/weight-summary';
import { useFragment } from '@/gql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { ListPicker } from './list-picker';
import { PackBuilderFragment, PackBuilderQuery, SetPackListsMutation } from './packs.documents';
import { weightDisplayOf } from '@/lib/weight/weight-display';

/** One pack: which lists it combines, its totals and weight by category, sharing and export. */
export function PackBuilder({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: PackBuilderQuery, variables: { id } });
  const [setResult, setLists] = useMutation(SetPackListsMutation);
  const pack = useFragment(PackBuilderFragment, data?.pack);

  return (
    <QueryState
      data={pack && data?.me ? { pack, me: data.me } : undefined}
      error={error}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      loadingLabel="Loading the pack…"
    >
      {({ pack: current, me }) => {
        const weight = weightDisplayOf(me.preferences);
        return (
          <div className="stack">
            <h1 className="truncate">{current.name}</h1>
            <FormAlert message={setResult.error ? toFormErrors(setResult.error).form : undefined} />
            <div className="two-columns">
              <ListPicker
                lists={me.lists.nodes}
                selectedIds={current.lists.map((list) => list.id)}
                onChange={(listIds) => void setLists({ packId: current.id, listIds })}
              />
              <section className="card stack" aria-label="Totals">
                <h2>Totals</h2>
                <WeightSummary summary={current.summary} weight={weight} />
                <CategoryChart shares={current.summary.byCategory} weight={weight} />
              </section>
            </div>
            <ShareControl kind="pack" id={current.id} existingToken={current.shareLinks[0]?.token} />
            <ExportCsvButton packId={current.id} fileName={current.name} />
          </div>
        );
      }}
    </QueryState>
  );
}
