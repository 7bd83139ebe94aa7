import type { WeightDisplay } from './weight-display';
import { WEIGHT_UNITS, type WeightUnitCode } from './weight-unit';

/** Converts the API's exact milligrams into `unit` (unrounded). */
export function fromMilligrams(milligrams: number, unit: WeightUnitCode): number {
  return milligrams / WEIGHT_UNITS[unit].milligrams;
}

function numberFormat(locale: string, fractionDigits: number): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits });
  } catch {
    // A tag this runtime does not know (the API accepts any well-formed BCP 47 tag).
    return new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits });
  }
}

/** Ounces shown beside pounds: tenths, like a kitchen scale. */
const OUNCE_FRACTION_DIGITS = 1;

function formatPoundsAndOunces(milligrams: number, locale: string): string {
  // Round the ounces first so 15.96 oz shows as "1 lb 0 oz", never "0 lb 16 oz".
  const scale = 10 ** OUNCE_FRACTION_DIGITS;
  const totalOunces = Math.round(fromMilligrams(milligrams, 'OZ') * scale) / scale;
  const pounds = Math.floor(totalOunces / 16);
  const ounces = Math.round((totalOunces - pounds * 16) * scale) / scale;
  const format = numberFormat(locale, OUNCE_FRACTION_DIGITS);
  if (pounds === 0) return `${format.format(ounces)} oz`;
  return `${numberFormat(locale, 0).format(pounds)} lb ${format.format(ounces)} oz`;
}

/**
 * Formats milligrams as the user asked: in `display.unit`, rounded per unit (`1,234.5 g`,
 * `1.235 kg`, `43.54 oz`, `2.72 lb`) or as pounds and ounces (`2 lb 11.5 oz`), with the user's
 * locale's digits and separators.
 */
export function formatWeight(milligrams: number, display: WeightDisplay): string {
  if (display.unit === 'LB' && display.poundsAndOunces)
    return formatPoundsAndOunces(milligrams, display.locale);
  const { symbol, fractionDigits } = WEIGHT_UNITS[display.unit];
  return `${numberFormat(display.locale, fractionDigits).format(fromMilligrams(milligrams, display.unit))} ${symbol}`;
}
