import { badUserInput } from '@packyourbag/service-kit';
import { isCalendarDate } from '../scalars/date.scalar.js';

/**
 * The validation rules every packing input shares. Each takes the input path to name in
 * BAD_USER_INPUT (`input.entries.3.quantity`) so a form can highlight the exact field.
 */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2000;
/** 100 kg per unit, exclusive: no single piece of backpacking gear weighs that. */
export const MAX_WEIGHT_MG = 100_000_000;
export const MAX_QUANTITY = 999;
export const PALETTE_SIZE = 10;
export const MAX_PRICE_MINOR = 1_000_000_000;

export function name(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_NAME_LENGTH) {
    throw badUserInput(`Name must be 1 to ${MAX_NAME_LENGTH} characters.`, field);
  }
  return trimmed;
}

/** Optional free text: blank becomes null. */
export function optionalText(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`At most ${MAX_TEXT_LENGTH} characters.`, field);
  }
  return trimmed;
}

export function weightMg(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value >= MAX_WEIGHT_MG) {
    throw badUserInput('Weight must be at least 0 and under 100 kg (100 000 000 mg).', field);
  }
  return value;
}

/** The units a weight can be entered in (the GraphQL enum WeightUnit). */
export const WEIGHT_UNITS = ['G', 'KG', 'OZ', 'LB'] as const;

export function weightUnit(value: string, field: string): string {
  if (!(WEIGHT_UNITS as readonly string[]).includes(value)) {
    throw badUserInput(`Unit must be one of ${WEIGHT_UNITS.join(', ')}.`, field);
  }
  return value;
}

export function colorIndex(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value >= PALETTE_SIZE) {
    throw badUserInput(`Color index must be 0 to ${PALETTE_SIZE - 1}.`, field);
  }
  return value;
}

export function quantity(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_QUANTITY) {
    throw badUserInput(`Quantity must be 1 to ${MAX_QUANTITY}.`, field);
  }
  return value;
}

export function wornQuantity(value: number, ofQuantity: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > ofQuantity) {
    throw badUserInput(`Worn quantity must be 0 to the quantity (${ofQuantity}).`, field);
  }
  return value;
}

export function priceMinor(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value >= MAX_PRICE_MINOR) {
    throw badUserInput('Price must be a whole number of minor units, 0 to 999 999 999.', field);
  }
  return value;
}

export function currency(value: string, field: string): string {
  if (!/^[A-Z]{3}$/.test(value)) throw badUserInput('Currency must be an ISO 4217 code such as EUR.', field);
  return value;
}

export function link(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed === null) return null;
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || trimmed.length > MAX_TEXT_LENGTH) {
    throw badUserInput('Link must be an http or https URL.', field);
  }
  return trimmed;
}

/** A real calendar day written YYYY-MM-DD, or null. */
export function calendarDate(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isCalendarDate(value)) {
    throw badUserInput('Date must be a calendar date written YYYY-MM-DD.', field);
  }
  return value;
}

/** Start no later than end, when both are given (YYYY-MM-DD compares as text). */
export function orderedDates(start: string | null, end: string | null, field: string): void {
  if (start && end && start > end) throw badUserInput('The trip cannot end before it starts.', field);
}
