import type { ChecklistSortOrder, OnboardingStep, PaletteName } from '@/gql/graphql';

// Closed sets of the schema's enums with the labels the screen shows. Keyed by the wire value, so a
// value added to the schema fails the type check here until it gets a label.

export const CHECKLIST_SORT_ORDERS: Readonly<Record<`${ChecklistSortOrder}`, { label: string }>> = {
  CATEGORY: { label: 'By category' },
  LIST: { label: 'In list order' },
  NAME: { label: 'By name' },
  WEIGHT: { label: 'Heaviest first' },
};

export const PALETTES: Readonly<Record<`${PaletteName}`, { label: string }>> = {
  DEFAULT: { label: 'Default' },
  COLORBLIND_SAFE: { label: 'Colour-blind safe' },
  HIGH_CONTRAST: { label: 'High contrast' },
  PASTEL: { label: 'Pastel' },
};

export const ONBOARDING_STEPS: Readonly<Record<`${OnboardingStep}`, { label: string }>> = {
  WELCOME: { label: 'Welcome tour' },
  FIRST_ITEM: { label: 'Add your first item' },
  FIRST_LIST: { label: 'Build your first list' },
  FIRST_PACK: { label: 'Combine lists into a pack' },
  FIRST_TRIP: { label: 'Plan a trip' },
  CHECKLIST_TOUR: { label: 'Check-off mode tour' },
};

/** Locales offered for number formatting; the user's own tag is added when it is not one of them. */
export const LOCALES: Readonly<Record<string, string>> = {
  'en-US': 'English (United States) — 1,234.5',
  'en-GB': 'English (United Kingdom) — 1,234.5',
  'de-DE': 'Deutsch — 1.234,5',
  'fr-FR': 'Français — 1 234,5',
  'es-ES': 'Español — 1.234,5',
  'nl-NL': 'Nederlands — 1.234,5',
  'sv-SE': 'Svenska — 1 234,5',
  'ja-JP': '日本語 — 1,234.5',
};

/** ISO 4217 codes offered; the user's own code is added when it is not one of them. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'JPY'] as const;

/** Narrows a form value to one of `options`' keys (the wire value). */
export function parseChoice<Code extends string>(
  options: Readonly<Record<Code, unknown>>,
  value: string,
): Code | undefined {
  return Object.hasOwn(options, value) ? (value as Code) : undefined;
}
