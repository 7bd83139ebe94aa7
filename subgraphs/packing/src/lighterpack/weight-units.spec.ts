import { describe, expect, it } from 'vitest';
import { milligramsAsGrams, toMilligrams } from './weight-units.js';

describe('toMilligrams', () => {
  it('converts with the exact unit sizes, rounding half up to a whole milligram', () => {
    expect(toMilligrams('1', 'oz')).toBe(28_350); // 28 349.523125 → 28 350
    expect(toMilligrams('16', 'oz')).toBe(453_592); // 453 592.37
    expect(toMilligrams('1', 'lb')).toBe(453_592);
    expect(toMilligrams('0.5', 'lb')).toBe(226_796); // 226 796.185
    expect(toMilligrams('2.5', 'g')).toBe(2_500);
    expect(toMilligrams('0.0005', 'g')).toBe(1); // exactly half a milligram rounds up
    expect(toMilligrams('0.0004', 'g')).toBe(0);
    expect(toMilligrams('1.2', 'kg')).toBe(1_200_000);
    expect(toMilligrams('12.34', 'oz')).toBe(349_833); // 349 833.115 (no float drift)
  });

  it('refuses what is not a plain non-negative decimal', () => {
    for (const value of ['', '-1', '1e3', '1,5', 'abc', '.5', '1.'])
      expect(toMilligrams(value, 'g')).toBeNull();
  });
});

describe('milligramsAsGrams', () => {
  it('writes exact grams', () => {
    expect(milligramsAsGrams(1_200_000)).toBe('1200');
    expect(milligramsAsGrams(28_350)).toBe('28.35');
    expect(milligramsAsGrams(1)).toBe('0.001');
    expect(milligramsAsGrams(0)).toBe('0');
  });
});
