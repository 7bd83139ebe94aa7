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
import { CreateListMutation, ListsQuery } from './lists.documents';
import { weightDisplayOf } from '@/lib/weight/weight-display';

// The page's query has no variables but the cursor; one object so the load-more callback stays stable.
const NO_VARIABLES = {};

/** The user's lists and a form to start one. */
export function ListsPage() {
  const [{ data, error }, refetch] = useQuery({ query: ListsQuery });
  const more = useLoadMore(ListsQuery, NO_VARIABLES);
  const [{ fetching }, createList] = useMutation(CreateListMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const router = useRouter();

  const create = async (name: string) => {
    const result = await createList({ input: { name } });
    if (result.data) router.push(`/lists/${result.data.createList.id}`);
    else if (result.error) setErrors(toFormErrors(result.error));
  };

  return (
    <div className="stack">
      <h1>Lists</h1>
      <QueryState
        data={data?.me ?? undefined}
        error={error}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        loadingLabel="Loading your lists…"
      >
        {(me) =>
          me.lists.nodes.length === 0 ? (
            <EmptyState title="No lists yet">
              Start one below, e.g. &ldquo;Shelter&rdquo; or &ldquo;Kitchen&rdquo;, then add gear to it.
            </EmptyState>
          ) : (
            <>
              <ul className="card-list">
                {me.lists.nodes.map((list) => (
                  <WeightCardRow
                    key={list.id}
                    href={`/lists/${list.id}`}
                    name={list.name}
                    colorIndex={list.colorIndex}
                    summary={list.summary}
                    weight={weightDisplayOf(me.preferences)}
                  />
                ))}
              </ul>
              <ConnectionLoadMore connection={me.lists} noun="lists" more={more} />
            </>
          )
        }
      </QueryState>
      <NameForm
        heading="New list"
        label="List name"
        submitLabel="Create list"
        busy={fetching}
        errors={errors}
        onSubmit={(name) => void create(name)}
      />
    </div>
  );
}
