'use client';

import { useMemo } from 'react';
import { useQuery } from 'urql';
import { FormAlert } from '@/components/forms/form-alert';
import { useEndSessionOnUnauthenticated } from '@/components/session/use-end-session-on-unauthenticated';
import { toFormErrors } from '@/lib/graphql/api-error';
import { AddItemForm } from './add-item-form';
import { GearList } from './gear-list';
import { GearQuery } from './gear.documents';

/** The gear library and the form that grows it. */
export function GearPage() {
  // An empty library's result names no Item, so tell the cache that a new Item invalidates it.
  const context = useMemo(() => ({ additionalTypenames: ['Item'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: GearQuery, context });
  useEndSessionOnUnauthenticated(error);
  const me = data?.me;

  return (
    <div className="stack">
      <h1>Your gear</h1>
      {error && !me ? <FormAlert message={toFormErrors(error).form} /> : null}
      {me ? (
        <GearList items={me.items.nodes} unit={me.preferences.weightUnit} />
      ) : fetching ? (
        <p role="status" className="muted">
          Loading your gear…
        </p>
      ) : null}
      <AddItemForm />
    </div>
  );
}
