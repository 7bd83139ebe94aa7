'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormAlert } from '@/components/forms/form-alert';
import { useEndSessionOnUnauthenticated } from '@/components/session/use-end-session-on-unauthenticated';
import { parseTheme, THEMES } from '@/components/theme/theme';
import type { UpdatePreferencesInput } from '@/gql/graphql';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { parseWeightUnit, WEIGHT_UNITS } from '@/lib/weight/weight-unit';
import { ChoiceGroup } from './choice-group';
import { PreferencesQuery, UpdatePreferencesMutation } from './preferences.documents';

/**
 * Weight unit and theme, saved as soon as one is picked. The mutation answers with both values, so
 * every query showing them (the header's theme, the gear weights) refreshes from the cache.
 */
export function PreferencesForm() {
  const [{ data, fetching, error }] = useQuery({ query: PreferencesQuery });
  const [update, updatePreferences] = useMutation(UpdatePreferencesMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const [status, setStatus] = useState('');
  // The choice shows at once; it is dropped again if the API refuses it.
  const [draft, setDraft] = useState<UpdatePreferencesInput>({});
  useEndSessionOnUnauthenticated(error ?? update.error);

  const save = async (input: UpdatePreferencesInput) => {
    setDraft((current) => ({ ...current, ...input }));
    setErrors(undefined);
    setStatus('Saving…');
    const result = await updatePreferences({ input });
    setStatus(result.data ? 'Saved.' : '');
    if (result.error) {
      setDraft({});
      setErrors(toFormErrors(result.error));
    }
  };

  const preferences = data?.me?.preferences;
  if (!preferences) {
    return fetching ? (
      <p role="status" className="muted">
        Loading your preferences…
      </p>
    ) : (
      <FormAlert message={error ? toFormErrors(error).form : undefined} />
    );
  }

  return (
    <form className="card stack" onSubmit={(event) => event.preventDefault()} aria-busy={update.fetching}>
      <h1>Preferences</h1>
      <FormAlert message={errors?.form} />
      <ChoiceGroup
        legend="Show weights in"
        name="weightUnit"
        options={WEIGHT_UNITS}
        value={draft.weightUnit ?? preferences.weightUnit}
        error={errors?.fields['weightUnit']}
        onChange={(value) => {
          const weightUnit = parseWeightUnit(value);
          if (weightUnit) void save({ weightUnit });
        }}
      />
      <ChoiceGroup
        legend="Theme"
        name="theme"
        options={THEMES}
        value={draft.theme ?? preferences.theme}
        error={errors?.fields['theme']}
        onChange={(value) => {
          const theme = parseTheme(value);
          if (theme) void save({ theme });
        }}
      />
      <p role="status" className="muted">
        {status}
      </p>
    </form>
  );
}
