'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '@/components/feedback/empty-state';
import { ConnectionLoadMore } from '@/components/feedback/load-more';
import { QueryState } from '@/components/feedback/query-state';
import { NameForm } from '@/components/forms/name-form';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { useLoadMore } from '@/lib/graphql/use-load-more';
import { WeightCardRow } from '@/components/weights/weight-card-row';
import { CreatePackMutation, PacksQuery } from './packs.documents';
import { weightDisplayOf } from '@/lib/weight/weight-display';

// The page's query has no variables but the cursor; one object so the load-more callback stays stable.
const NO_VARIABLES = {};

/** The user's packs and a form to start one. */
export function PacksPage() {
  const [{ data, error }, refetch] = useQuery({ query: PacksQuery });
  const more = useLoadMore(PacksQuery, NO_VARIABLES);
  const [{ fetching }, createPack] = useMutation(CreatePackMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const router = useRouter();

  const create = async (name: string) => {
    const result = await createPack({ input: { name } });
    if (result.data) router.push(`/packs/${result.data.createPack.id}`);
    else if (result.error) setErrors(toFormErrors(result.error));
  };

  return (
    <div className="stack">
      <h1>Packs</h1>
      <QueryState
        data={data?.me ?? undefined}
        error={error}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        loadingLabel="Loading your packs…"
      >
        {(me) =>
          me.packs.nodes.length === 0 ? (
            <EmptyState title="No packs yet">
              A pack combines lists, e.g. &ldquo;Summer 3-day&rdquo; = Shelter + Kitchen. Start one below.
            </EmptyState>
          ) : (
            <>
              <ul className="card-list">
                {me.packs.nodes.map((pack) => (
                  <WeightCardRow
                    key={pack.id}
                    href={`/packs/${pack.id}`}
                    name={pack.name}
                    summary={pack.summary}
                    weight={weightDisplayOf(me.preferences)}
                  />
                ))}
              </ul>
              <ConnectionLoadMore connection={me.packs} noun="packs" more={more} />
            </>
          )
        }
      </QueryState>
      <NameForm
        heading="New pack"
        label="Pack name"
        submitLabel="Create pack"
        busy={fetching}
        errors={errors}
        onSubmit={(name) => void create(name)}
      />
    </div>
  );
}
