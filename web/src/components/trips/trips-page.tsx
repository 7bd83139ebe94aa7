'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '@/components/feedback/empty-state';
import { ConnectionLoadMore } from '@/components/feedback/load-more';
import { QueryState } from '@/components/feedback/query-state';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { useLoadMore } from '@/lib/graphql/use-load-more';
import { CreateTripMutation, TripsQuery } from './trips.documents';

// The page's query has no variables but the cursor; one object so the load-more callback stays stable.
const NO_VARIABLES = {};

/** The user's trips and a form to plan one with a pack. */
export function TripsPage() {
  const [{ data, error }, refetch] = useQuery({ query: TripsQuery });
  const more = useLoadMore(TripsQuery, NO_VARIABLES);
  const [{ fetching }, createTrip] = useMutation(CreateTripMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const router = useRouter();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await createTrip({
      input: {
        name: String(form.get('name') ?? ''),
        startDate: String(form.get('startDate') ?? '') || undefined,
        packId: String(form.get('packId') ?? '') || undefined,
      },
    });
    if (result.data) router.push(`/trips/${result.data.createTrip.id}`);
    else if (result.error) setErrors(toFormErrors(result.error));
  };

  return (
    <div className="stack">
      <h1>Trips</h1>
      <QueryState
        data={data?.me ?? undefined}
        error={error}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        loadingLabel="Loading your trips…"
      >
        {(me) => (
          <>
            {me.trips.nodes.length === 0 ? (
              <EmptyState title="No trips yet">Plan one below and pick the pack you are taking.</EmptyState>
            ) : (
              <ul className="card-list">
                {me.trips.nodes.map((trip) => (
                  <li key={trip.id} className="card row">
                    <Link href={`/trips/${trip.id}`} className="truncate">
                      {trip.name}
                    </Link>
                    <span className="muted">
                      {trip.pack?.name ?? 'no pack'} · {trip.progress.checkedItems}/{trip.progress.totalItems}{' '}
                      packed
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <ConnectionLoadMore connection={me.trips} noun="trips" more={more} />
            <form className="card stack" onSubmit={submit} noValidate>
              <h2>Plan a trip</h2>
              <FormAlert message={errors?.form} />
              <TextField
                label="Trip name"
                name="name"
                required
                maxLength={200}
                error={errors?.fields['name']}
              />
              <TextField
                label="Start date"
                name="startDate"
                type="date"
                error={errors?.fields['startDate']}
              />
              <label className="field">
                <span>Pack</span>
                <select name="packId" defaultValue={me.packs.nodes[0]?.id ?? ''}>
                  <option value="">No pack yet</option>
                  {me.packs.nodes.map((pack) => (
                    <option key={pack.id} value={pack.id}>
                      {pack.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button primary" disabled={fetching}>
                Plan trip
              </button>
            </form>
          </>
        )}
      </QueryState>
    </div>
  );
}
