import { describe, expect, it } from 'vitest';
import { formatWeight, fromMilligrams } from './convert-weight';
import type { WeightDisplay } from './weight-display';
import { parseWeightUnit, type WeightUnitCode } from './weight-unit';

const as = (unit: WeightUnitCode, locale = 'en-US', poundsAndOunces = false): WeightDisplay => ({
  unit,
  locale,
  poundsAndOunces,
});

describe('fromMilligrams', () => {
  it('converts exactly into metric units', () => {
    expect(fromMilligrams(1_234_500, 'G')).toBe(1234.5);
    expect(fromMilligrams(1_234_500, 'KG')).toBe(1.2345);
  });

  it('uses the exact avoirdupois ounce and pound', () => {
    expect(fromMilligrams(28_349.523125, 'OZ')).toBe(1);
    expect(fromMilligrams(453_592.37, 'LB')).toBe(1);
    expect(fromMilligrams(453_592.37, 'OZ')).toBeCloseTo(16, 10);
  });
});

describe('formatWeight', () => {
  it('prints each unit with its symbol and its own precision', () => {
    expect(formatWeight(1_234_560, as('G'))).toBe('1,234.6 g');
    expect(formatWeight(1_234_560, as('KG'))).toBe('1.235 kg');
    expect(formatWeight(1_234_560, as('OZ'))).toBe('43.55 oz');
    expect(formatWeight(1_234_560, as('LB'))).toBe('2.72 lb');
  });

  it('drops trailing zeros and shows zero plainly', () => {
    expect(formatWeight(500_000, as('G'))).toBe('500 g');
    expect(formatWeight(0, as('KG'))).toBe('0 kg');
  });

  it('formats with the given locale', () => {
    expect(formatWeight(1_234_500, as('G', 'de-DE'))).toBe('1.234,5 g');
  });
});

describe('formatWeight in pounds and ounces', () => {
  const lbOz = as('LB', 'en-US', true);
  it('splits whole pounds from tenths of an ounce', () => {
    expect(formatWeight(453_592.37 * 2 + 28_349.523125 * 3.5, lbOz)).toBe('2 lb 3.5 oz');
    expect(formatWeight(453_592.37, lbOz)).toBe('1 lb 0 oz');
  });
  it('shows ounces alone under a pound', () => {
    expect(formatWeight(28_349.523125 * 12.25, lbOz)).toBe('12.3 oz');
    expect(formatWeight(0, lbOz)).toBe('0 oz');
  });
  it('carries 15.96 oz to the next pound instead of printing 16 oz', () => {
    expect(formatWeight(28_349.523125 * 15.96, lbOz)).toBe('1 lb 0 oz');
    expect(formatWeight(28_349.523125 * 31.97, lbOz)).toBe('2 lb 0 oz');
  });
  it('uses the locale for huge pound counts and the decimal comma', () => {
    expect(formatWeight(453_592.37 * 12_345 + 28_349.523125 * 1.5, as('LB', 'de-DE', true))).toBe(
      '12.345 lb 1,5 oz',
    );
  });
  it('is ignored for units other than pounds', () => {
    expect(formatWeight(1_000_000, as('KG', 'en-US', true))).toBe('1 kg');
  });
  it('falls back to en-US digits for a tag the runtime does not know', () => {
    expect(formatWeight(1_234_500, as('G', 'x-unknown-tag'))).toBe('1,234.5 g');
  });
});

describe('parseWeightUnit', () => {
  it('accepts the schema values and nothing else', () => {
    expect(parseWeightUnit('KG')).toBe('KG');
    expect(parseWeightUnit('kg')).toBeUndefined();
    expect(parseWeightUnit('toString')).toBeUndefined();
  });
});
