'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormAlert } from '@/components/forms/form-alert';
import { useEndSessionOnUnauthenticated } from '@/components/session/use-end-session-on-unauthenticated';
import { readFragment } from '@/gql';
import type { UpdatePreferencesInput } from '@/gql/graphql';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { withChange } from './with-change';
import { PreferencesPanel, type PreferencesValues } from './preferences-panel';
import {
  PreferencesFieldsFragment,
  PreferencesQuery,
  UpdatePreferencesMutation,
} from './preferences.documents';

/**
 * Every preference, saved as soon as one is changed. The change shows at once (`withChange`), the
 * API's answer replaces it, and a refusal puts the saved value back with the API's message. The
 * mutation invalidates `me.preferences`, so every page showing weights or the theme refreshes.
 */
export function PreferencesForm() {
  const [{ data, fetching, error }] = useQuery({ query: PreferencesQuery });
  const [update, updatePreferences] = useMutation(UpdatePreferencesMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const [status, setStatus] = useState('');
  const [shownOverride, setShownOverride] = useState<PreferencesValues>();
  useEndSessionOnUnauthenticated(error ?? update.error);
  const fetched = readFragment(PreferencesFieldsFragment, data?.me?.preferences);
  const preferences = shownOverride ?? fetched;

  if (!preferences) {
    return fetching ? (
      <p role="status" className="muted">
        Loading your preferences…
      </p>
    ) : (
      <FormAlert message={error ? toFormErrors(error).form : undefined} />
    );
  }

  const save = async (input: UpdatePreferencesInput) => {
    setShownOverride(withChange(preferences, input));
    setErrors(undefined);
    setStatus('Saving…');
    const result = await updatePreferences({ input });
    const saved = readFragment(PreferencesFieldsFragment, result.data?.updatePreferences);
    setShownOverride(saved ?? undefined);
    setStatus(saved ? 'Saved.' : '');
    if (result.error) setErrors(toFormErrors(result.error));
  };

  return (
    <PreferencesPanel
      preferences={preferences}
      errors={errors}
      status={status}
      busy={update.fetching}
      onChange={(input) => void save(input)}
    />
  );
}
