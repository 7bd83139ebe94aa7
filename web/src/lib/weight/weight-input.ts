import { fromMilligrams } from './convert-weight';
import { WEIGHT_UNITS, type WeightUnitCode } from './weight-unit';

/** Digits with at most one decimal point or comma between digits: `12`, `12.5`, `12,5`. */
const DECIMAL = /^\d+([.,]\d+)?$/;

/**
 * Reads a weight typed in `unit` ("12", " 12.5 ", "12,5") as whole milligrams, or `undefined`
 * when the text is not a plain non-negative decimal (`1e3`, `0x10`, `-1`, `.5`, `Infinity`) or
 * the milligrams are not a safe integer. The one parser of typed weights: the gear table, the add
 * item form and every other weight field go through it. Range rules (the 100 kg cap) are the API's.
 */
export function parseWeightInput(text: string, unit: WeightUnitCode): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const milligrams = Math.round(Number(trimmed.replace(',', '.')) * WEIGHT_UNITS[unit].milligrams);
  return Number.isSafeInteger(milligrams) ? milligrams : undefined;
}

/** Milligrams as the text a weight field starts with: in `unit`, rounded as shown, no trailing zeros. */
export function weightInputValue(milligrams: number, unit: WeightUnitCode): string {
  return String(Number(fromMilligrams(milligrams, unit).toFixed(WEIGHT_UNITS[unit].fractionDigits)));
}
