import type { WeightUnit } from '@/gql/graphql';

/**
 * The wire value of a weight unit ('G' | 'KG' | 'OZ' | 'LB'), derived from the generated
 * `WeightUnit` so it follows the schema whether codegen emits a TypeScript enum or a string union.
 */
export type WeightUnitCode = `${WeightUnit}`;

export interface WeightUnitInfo {
  /** Printed after a number: `g`, `kg`, `oz`, `lb`. */
  symbol: string;
  /** Shown in pickers. */
  label: string;
  /** Milligrams in one unit (the avoirdupois ounce and pound are defined exactly in grams). */
  milligrams: number;
  /** Decimal places shown: enough to tell gear apart, not more than a scale reads. */
  fractionDigits: number;
}

/** Every unit the schema knows, in the order pickers list them. */
export const WEIGHT_UNITS: Readonly<Record<WeightUnitCode, WeightUnitInfo>> = {
  G: { symbol: 'g', label: 'Grams (g)', milligrams: 1_000, fractionDigits: 1 },
  KG: { symbol: 'kg', label: 'Kilograms (kg)', milligrams: 1_000_000, fractionDigits: 3 },
  OZ: { symbol: 'oz', label: 'Ounces (oz)', milligrams: 28_349.523125, fractionDigits: 2 },
  LB: { symbol: 'lb', label: 'Pounds (lb)', milligrams: 453_592.37, fractionDigits: 2 },
};

/** Narrows form input (a radio's value) to a unit the API accepts. */
export function parseWeightUnit(value: string): WeightUnit | undefined {
  // The one cast between the wire string and the generated type: the value was just checked
  // against the schema's closed set, and a string enum's runtime value is that same string.
  return Object.hasOwn(WEIGHT_UNITS, value) ? (value as WeightUnit) : undefined;
}
