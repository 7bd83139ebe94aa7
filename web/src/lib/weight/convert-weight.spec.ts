import { describe, expect, it } from 'vitest';
import { formatWeight, fromMilligrams, gramsToMilligrams } from './convert-weight';
import { parseWeightUnit } from './weight-unit';

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
    expect(formatWeight(1_234_560, 'G')).toBe('1,234.6 g');
    expect(formatWeight(1_234_560, 'KG')).toBe('1.235 kg');
    expect(formatWeight(1_234_560, 'OZ')).toBe('43.55 oz');
    expect(formatWeight(1_234_560, 'LB')).toBe('2.72 lb');
  });

  it('drops trailing zeros and shows zero plainly', () => {
    expect(formatWeight(500_000, 'G')).toBe('500 g');
    expect(formatWeight(0, 'KG')).toBe('0 kg');
  });

  it('formats with the given locale', () => {
    expect(formatWeight(1_234_500, 'G', 'de-DE')).toBe('1.234,5 g');
  });
});

describe('gramsToMilligrams', () => {
  it('reads whole and decimal grams as whole milligrams', () => {
    expect(gramsToMilligrams('12')).toBe(12_000);
    expect(gramsToMilligrams(' 12.5 ')).toBe(12_500);
    expect(gramsToMilligrams('12,5')).toBe(12_500);
    expect(gramsToMilligrams('0.0004')).toBe(0);
    expect(gramsToMilligrams('0.0006')).toBe(1);
  });

  it('rejects text that is not a non-negative number', () => {
    for (const text of ['', ' ', '-1', 'abc', '1e3', '1.2.3', '.5']) {
      expect(gramsToMilligrams(text)).toBeUndefined();
    }
  });
});

describe('parseWeightUnit', () => {
  it('accepts the schema values and nothing else', () => {
    expect(parseWeightUnit('KG')).toBe('KG');
    expect(parseWeightUnit('kg')).toBeUndefined();
    expect(parseWeightUnit('toString')).toBeUndefined();
  });
});
