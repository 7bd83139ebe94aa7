import { describe, expect, it } from 'vitest';
import { chooseOperation, describeMix, parseMix } from './load-mix.js';

describe('the many-user mix', () => {
  it('reads three relative weights in the order me, check-offs, lists + packs', () => {
    expect(parseMix('70,20,10')).toEqual({ me: 70, checkOff: 20, listsAndPacks: 10 });
    expect(parseMix(' 1, 0 ,1.5 ')).toEqual({ me: 1, checkOff: 0, listsAndPacks: 1.5 });
  });

  it('refuses a mix it cannot weigh', () => {
    for (const text of ['70,30', '70,20,10,5', '70,,10', 'a,b,c', '70,-20,10', '0,0,0', ''])
      expect(() => parseMix(text), text).toThrow(/BENCH_MIX/);
  });

  it('gives each operation a slice of [0, 1) as wide as its share', () => {
    const mix = parseMix('70,20,10');
    expect(chooseOperation(mix, 0)).toBe('me');
    expect(chooseOperation(mix, 0.69)).toBe('me');
    expect(chooseOperation(mix, 0.7)).toBe('checkOff');
    expect(chooseOperation(mix, 0.89)).toBe('checkOff');
    expect(chooseOperation(mix, 0.9)).toBe('listsAndPacks');
    expect(chooseOperation(mix, 0.999999)).toBe('listsAndPacks');
  });

  it('never picks an operation of weight 0, even at the edges', () => {
    const mix = parseMix('0,5,0');
    for (const random of [0, 0.5, 0.999999, 1]) expect(chooseOperation(mix, random)).toBe('checkOff');
  });

  it('describes the mix as shares of all requests', () => {
    expect(describeMix(parseMix('7,2,1'))).toBe('70% me read, 20% trip check-offs, 10% lists + packs');
  });
});
