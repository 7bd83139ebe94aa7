import { DEFAULT_WEIGHT_DISPLAY, type WeightDisplay } from '@/lib/weight/weight-display';
import type { WeightUnitCode } from '@/lib/weight/weight-unit';

/** Shared story data: the display settings and the ten palette categories every story reuses. */
export function weightIn(unit: WeightUnitCode, options: Partial<WeightDisplay> = {}): WeightDisplay {
  return { ...DEFAULT_WEIGHT_DISPLAY, unit, ...options };
}

/** Pounds and ounces, the LighterPack habit. */
export const POUNDS_AND_OUNCES = weightIn('LB', { poundsAndOunces: true });

/** Decimal comma and dot-grouped thousands. */
export const GERMAN_KILOGRAMS = weightIn('KG', { locale: 'de-DE' });

/** One category per palette colour (indexes 0–9). */
export const PALETTE_CATEGORIES = Array.from({ length: 10 }, (_, index) => ({
  id: `c${index}`,
  name: `Category ${index}`,
  colorIndex: index,
}));

/** A name longer than any column, to check wrapping. */
export const LONG_NAME = 'Ultralight titanium double-wall insulated mug with folding handles '
  .repeat(4)
  .trim();

/** Close to the largest exact milligram count (2^53): a weight no scale reads. */
export const HUGE_MG = 9_007_199_254_740;

/** A callback that does nothing, for stories that show state rather than interaction. */
export const noop = (): void => {};
