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

/** The display settings out of a `Preferences` selection. */
export function weightDisplayOf(preferences: {
  weightUnit: WeightUnitCode;
  showPoundsAndOunces: boolean;
  locale: string;
}): WeightDisplay {
  return {
    unit: preferences.weightUnit,
    poundsAndOunces: preferences.showPoundsAndOunces,
    locale: preferences.locale,
  };
}
