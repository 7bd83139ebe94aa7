import { describe, expect, it } from 'vitest';
import { fromMilligrams, milligramsAsGrams, readWeightUnit, toMilligrams, UNITS } from './weight-units.js';

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
    expect(toMilligrams('.5', 'g')).toBe(500); // spreadsheets write these
    expect(toMilligrams('1.', 'g')).toBe(1_000);
  });

  it('refuses what is not a plain non-negative decimal', () => {
    for (const value of ['', '.', '-1', '1e3', '1,5', 'abc', '1.2.3'])
      expect(toMilligrams(value, 'g')).toBeNull();
  });
});

describe('readWeightUnit', () => {
  it('reads full names, abbreviations and plurals in any capitalisation', () => {
    const spellings: [string, string][] = [
      ['ounce', 'oz'],
      ['Ounces', 'oz'],
      ['OZ', 'oz'],
      ['oz.', 'oz'],
      ['pound', 'lb'],
      ['LBS', 'lb'],
      ['Pounds', 'lb'],
      ['gram', 'g'],
      ['Grams', 'g'],
      ['G', 'g'],
      ['kilogram', 'kg'],
      ['KGS', 'kg'],
      [' Kilograms ', 'kg'],
    ];
    for (const [cell, unit] of spellings) expect(readWeightUnit(cell)).toBe(unit);
    for (const cell of ['', 'stone', 'mg', 'ton']) expect(readWeightUnit(cell)).toBeNull();
  });
});

describe('fromMilligrams', () => {
  it('writes the shortest decimal that reads back exactly', () => {
    expect(fromMilligrams(13_041, 'oz')).toBe('0.46');
    expect(fromMilligrams(907_185, 'lb')).toBe('2');
    expect(fromMilligrams(36_854, 'oz')).toBe('1.3');
    expect(fromMilligrams(600_000, 'kg')).toBe('0.6');
    expect(fromMilligrams(1, 'kg')).toBe('0.000001');
    expect(fromMilligrams(0, 'lb')).toBe('0');
  });

  it('round-trips every milligram in every unit', () => {
    for (const unit of UNITS) {
      for (let mg = 0; mg < 1_000; mg += 1) expect(toMilligrams(fromMilligrams(mg, unit), unit)).toBe(mg);
      for (const mg of [99_999_999, 45_359_237, 28_349_523]) {
        expect(toMilligrams(fromMilligrams(mg, unit), unit)).toBe(mg);
      }
    }
  });
});

describe('milligramsAsGrams', () => {
  it('writes exact grams without trailing zeros', () => {
    expect(milligramsAsGrams(1_200_000)).toBe('1200');
    expect(milligramsAsGrams(28_350)).toBe('28.35');
    expect(milligramsAsGrams(1)).toBe('0.001');
    expect(milligramsAsGrams(0)).toBe('0');
  });
});
