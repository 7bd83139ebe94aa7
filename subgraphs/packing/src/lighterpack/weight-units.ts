/**
 * Exact conversion of LighterPack weights to milligrams and back. A value is read as a decimal (no
 * floating point), multiplied by the unit's exact size in milligrams, and rounded half up to a
 * whole milligram: 1 oz = 28 349.523125 mg and 1 lb = 453 592.37 mg exactly (international
 * avoirdupois definitions), 1 g = 1 000 mg, 1 kg = 1 000 000 mg.
 */
export const UNITS = ['oz', 'lb', 'g', 'kg'] as const;
export type WeightUnit = (typeof UNITS)[number];

/** The names LighterPack writes in its `unit` column (its author unit, spelled out). */
export const FULL_UNIT_NAMES: Record<WeightUnit, string> = {
  oz: 'ounce',
  lb: 'pound',
  g: 'gram',
  kg: 'kilogram',
};

/** Every spelling accepted on import, lower case: abbreviations, full names and plurals. */
const UNIT_SPELLINGS: Record<string, WeightUnit> = {
  oz: 'oz',
  ozs: 'oz',
  ounce: 'oz',
  ounces: 'oz',
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
  g: 'g',
  gs: 'g',
  gr: 'g',
  gram: 'g',
  grams: 'g',
  gramme: 'g',
  grammes: 'g',
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilogramme: 'kg',
  kilogrammes: 'kg',
};

/** Milligrams per unit as a fraction numerator / denominator. */
const MG_PER_UNIT: Record<WeightUnit, [bigint, bigint]> = {
  oz: [28_349_523_125n, 1_000_000n],
  lb: [45_359_237n, 100n],
  g: [1_000n, 1n],
  kg: [1_000_000n, 1n],
};

/** A decimal as LighterPack or a spreadsheet writes it: `2`, `0.46`, `.5`, `1.` */
const DECIMAL = /^(\d*)(?:\.(\d*))?$/;

export function isWeightUnit(value: string): value is WeightUnit {
  return (UNITS as readonly string[]).includes(value);
}

/** The unit a `unit` cell names, in any capitalisation, with a trailing dot or not; else null. */
export function readWeightUnit(cell: string): WeightUnit | null {
  return UNIT_SPELLINGS[cell.trim().toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Milligrams for a non-negative decimal string in `unit`, or null when it is not such a decimal. */
export function toMilligrams(value: string, unit: WeightUnit): number | null {
  const match = DECIMAL.exec(value.trim());
  if (!match || `${match[1]}${match[2] ?? ''}` === '') return null;
  const fraction = match[2] ?? '';
  const numerator = BigInt(`${match[1]}${fraction}` || '0') * MG_PER_UNIT[unit][0];
  const denominator = 10n ** BigInt(fraction.length) * MG_PER_UNIT[unit][1];
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  return rounded > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(rounded);
}

/**
 * The shortest decimal in `unit` that reads back as exactly `mg` (`toMilligrams`): 13 041 mg is
 * `0.46` ounce. Six decimals always suffice, since a millionth of any unit here is under 1 mg.
 */
export function fromMilligrams(mg: number, unit: WeightUnit): string {
  const [perUnit, scale] = MG_PER_UNIT[unit];
  for (let digits = 0; digits <= 6; digits += 1) {
    const power = 10n ** BigInt(digits);
    // The nearest value with `digits` decimals: mg × scale × 10^digits / perUnit, rounded half up.
    const scaled = (2n * BigInt(mg) * scale * power + perUnit) / (2n * perUnit);
    const text = decimalText(scaled, digits);
    if (toMilligrams(text, unit) === mg) return text;
  }
  throw new Error(`No decimal of at most 6 places gives ${mg} mg in ${unit}.`);
}

function decimalText(scaled: bigint, digits: number): string {
  if (digits === 0) return scaled.toString();
  const text = scaled.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`.replace(/\.?0+$/, '');
}

/** Milligrams as grams with up to three decimals, exactly ("1200", "28.35", "0.001"). */
export function milligramsAsGrams(mg: number): string {
  return fromMilligrams(mg, 'g');
}
