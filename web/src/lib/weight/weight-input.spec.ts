import { describe, expect, it } from 'vitest';
import { parseWeightInput, weightInputValue } from './weight-input';

describe('parseWeightInput', () => {
  it('reads whole and decimal grams as whole milligrams', () => {
    expect(parseWeightInput('12', 'G')).toBe(12_000);
    expect(parseWeightInput(' 12.5 ', 'G')).toBe(12_500);
    expect(parseWeightInput('12,5', 'G')).toBe(12_500);
    expect(parseWeightInput('0.0004', 'G')).toBe(0);
    expect(parseWeightInput('0.0006', 'G')).toBe(1);
  });

  it('reads the other units with their exact milligrams, rounded to whole milligrams', () => {
    expect(parseWeightInput('1.25', 'KG')).toBe(1_250_000);
    expect(parseWeightInput('1', 'OZ')).toBe(28_350);
    expect(parseWeightInput('2', 'LB')).toBe(907_185);
  });

  it('rejects text that is not a plain non-negative decimal', () => {
    for (const text of ['', ' ', '-1', 'abc', '1.2.3', '.5', '5.', '1,2,3', '12 g']) {
      expect(parseWeightInput(text, 'G')).toBeUndefined();
    }
  });

  // What the gear table's old parser (Number(text)) let through.
  it('rejects exponents, hexadecimal, binary and Infinity', () => {
    for (const text of ['1e3', '1E3', '0x10', '0b11', '0o7', 'Infinity', '1_000']) {
      expect(parseWeightInput(text, 'G')).toBeUndefined();
    }
  });

  it('rejects a weight whose milligrams are not a safe integer', () => {
    expect(parseWeightInput('9007199254740.993', 'G')).toBeUndefined();
    expect(parseWeightInput('9'.repeat(400), 'KG')).toBeUndefined();
    expect(parseWeightInput('9007199254740', 'G')).toBe(9_007_199_254_740_000);
  });
});

describe('weightInputValue', () => {
  it('prints the weight in the unit as shown, without trailing zeros', () => {
    expect(weightInputValue(12_500, 'G')).toBe('12.5');
    expect(weightInputValue(1_250_000, 'KG')).toBe('1.25');
    expect(weightInputValue(28_350, 'OZ')).toBe('1');
  });

  it('reads back as the same milligrams within the unit shown', () => {
    expect(parseWeightInput(weightInputValue(450_000, 'G'), 'G')).toBe(450_000);
  });
});
