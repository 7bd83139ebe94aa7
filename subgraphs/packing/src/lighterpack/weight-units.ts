/**
 * Exact conversion of LighterPack weights to milligrams. The value is read as a decimal (no
 * floating point), multiplied by the unit's exact size in milligrams, and rounded half up to a
 * whole milligram: 1 oz = 28 349.523125 mg and 1 lb = 453 592.37 mg exactly (international
 * avoirdupois definitions), 1 g = 1 000 mg, 1 kg = 1 000 000 mg.
 */
export const UNITS = ['oz', 'lb', 'g', 'kg'] as const;
export type WeightUnit = (typeof UNITS)[number];

/** Milligrams per unit as a fraction numerator / denominator. */
const MG_PER_UNIT: Record<WeightUnit, [bigint, bigint]> = {
  oz: [28_349_523_125n, 1_000_000n],
  lb: [45_359_237n, 100n],
  g: [1_000n, 1n],
  kg: [1_000_000n, 1n],
};

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function isWeightUnit(value: string): value is WeightUnit {
  return (UNITS as readonly string[]).includes(value);
}

/** Milligrams for a non-negative decimal string in `unit`, or null when it is not such a decimal. */
export function toMilligrams(value: string, unit: WeightUnit): number | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  const numerator = BigInt(`${match[1]}${fraction}`) * MG_PER_UNIT[unit][0];
  const denominator = 10n ** BigInt(fraction.length) * MG_PER_UNIT[unit][1];
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  return rounded > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(rounded);
}

/** Milligrams as grams with up to three decimals, exactly ("1200", "28.35", "0.001"). */
export function milligramsAsGrams(mg: number): string {
  const grams = Math.floor(mg / 1000);
  const rest = mg % 1000;
  return rest === 0 ? String(grams) : `${grams}.${String(rest).padStart(3, '0').replace(/0+$/, '')}`;
}
