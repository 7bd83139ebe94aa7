import { WEIGHT_UNITS, type WeightUnitCode } from './weight-unit';

/** Converts the API's exact milligrams into `unit` (unrounded). */
export function fromMilligrams(milligrams: number, unit: WeightUnitCode): number {
  return milligrams / WEIGHT_UNITS[unit].milligrams;
}

/**
 * Formats milligrams for display in `unit`, rounded per unit: `1,234.5 g`, `1.235 kg`, `43.54 oz`.
 * The locale is fixed by default so server and browser render the same text.
 */
export function formatWeight(milligrams: number, unit: WeightUnitCode, locale = 'en-US'): string {
  const { symbol, fractionDigits } = WEIGHT_UNITS[unit];
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(
    fromMilligrams(milligrams, unit),
  );
  return `${value} ${symbol}`;
}

/**
 * Reads a weight typed in grams ("12", "12.5", "12,5") as whole milligrams, or `undefined` when
 * the text is not a non-negative number. Range rules (the 100 kg cap) are the API's to enforce.
 */
export function gramsToMilligrams(text: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  const milligrams = Math.round(Number(normalised) * 1_000);
  return Number.isSafeInteger(milligrams) ? milligrams : undefined;
}
