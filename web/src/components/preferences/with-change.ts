import type { UpdatePreferencesInput } from '@/gql/graphql';
import type { PreferencesValues } from './preferences-panel';

/**
 * The preferences as they will be once `input` is saved, to show a choice before the API answers.
 * Mirrors the API's merge: absent fields keep their value, onboarding steps are added or removed.
 */
export function withChange(current: PreferencesValues, input: UpdatePreferencesInput): PreferencesValues {
  const completed = new Set(current.onboarding.completedSteps);
  for (const step of input.onboarding?.complete ?? []) completed.add(step);
  for (const step of input.onboarding?.reset ?? []) completed.delete(step);
  return {
    theme: input.theme ?? current.theme,
    weightUnit: input.weightUnit ?? current.weightUnit,
    showPoundsAndOunces: input.showPoundsAndOunces ?? current.showPoundsAndOunces,
    locale: input.locale ?? current.locale,
    currency: input.currency?.toUpperCase() ?? current.currency,
    checklist: {
      hidePacked: input.checklist?.hidePacked ?? current.checklist.hidePacked,
      sortOrder: input.checklist?.sortOrder ?? current.checklist.sortOrder,
    },
    palette: {
      name: input.palette?.name ?? current.palette.name,
      categoryColorOrder: input.palette?.categoryColorOrder ?? current.palette.categoryColorOrder,
    },
    onboarding: { completedSteps: [...completed] },
  };
}
