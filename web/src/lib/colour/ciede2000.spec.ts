import { describe, expect, it } from 'vitest';
import { ciede2000, hexToLab } from './ciede2000';
import { contrastRatio } from './contrast-ratio';

// Pairs and expected ΔE00 from Sharma, Wu and Dalal (2005), table 1 (a selection covering hue
// wrap-around, neutral colours and the blue rotation term).
const SHARMA: [[number, number, number], [number, number, number], number][] = [
  [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
  [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
  [[50, 0, 0], [50, -1, 2], 2.3669],
  [[50, -1, 2], [50, 0, 0], 2.3669],
  [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
  [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
  [[50, 2.5, 0], [73, 25, -18], 27.1492],
  [[50, 2.5, 0], [61, -5, 29], 22.8977],
  [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  [[63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.263],
  [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
  [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
];

describe('ciede2000', () => {
  it.each(SHARMA)('%j vs %j is %d', ([l1, a1, b1], [l2, a2, b2], expected) => {
    expect(ciede2000({ l: l1, a: a1, b: b1 }, { l: l2, a: a2, b: b2 })).toBeCloseTo(expected, 3);
  });

  it('converts sRGB to L*a*b* (white, black, pure red)', () => {
    expect(hexToLab('#ffffff').l).toBeCloseTo(100, 2);
    expect(hexToLab('#000000').l).toBeCloseTo(0, 5);
    const red = hexToLab('#ff0000');
    expect([red.l, red.a, red.b].map((v) => Math.round(v))).toEqual([53, 80, 67]);
  });
});

describe('contrastRatio', () => {
  it('gives 21 for black on white, 1 for a colour on itself, and WCAG’s figure for #767676', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f6fb2', '#1f6fb2')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
