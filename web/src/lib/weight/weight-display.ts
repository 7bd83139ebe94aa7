import { graphql, readFragment, type FragmentType } from '@/gql';
import type { WeightUnitCode } from './weight-unit';

/** How the user wants weights shown: what every component that prints a weight takes. */
export interface WeightDisplay {
  /** The unit from the user's preferences. */
  unit: WeightUnitCode;
  /** With `unit` LB: `2 lb 3.5 oz` instead of `2.22 lb` (preference `showPoundsAndOunces`). */
  poundsAndOunces: boolean;
  /** BCP 47 tag for number formatting (preference `locale`): `1,234.5 g` or `1.234,5 g`. */
  locale: string;
}

/** Grams, en-US: the API's defaults, used where no user is involved (the public share page). */
export const DEFAULT_WEIGHT_DISPLAY: WeightDisplay = { unit: 'G', poundsAndOunces: false, locale: 'en-US' };

/** The preferences a page spreads into its query to show weights: `weightDisplayOf` reads them. */
export const WeightDisplayPreferencesFragment = graphql(`
  fragment WeightDisplayPreferences on Preferences {
    weightUnit
    showPoundsAndOunces
    locale
  }
`);

/** The display settings out of the user's preferences (a `WeightDisplayPreferences` spread). */
export function weightDisplayOf(
  preferences: FragmentType<typeof WeightDisplayPreferencesFragment>,
): WeightDisplay {
  const { weightUnit, showPoundsAndOunces, locale } = readFragment(
    WeightDisplayPreferencesFragment,
    preferences,
  );
  return { unit: weightUnit, poundsAndOunces: showPoundsAndOunces, locale };
}
