import { describe, expect, it } from 'vitest';
import { mergeContents } from './merge-contents.js';

const entry = (itemId: string, quantity: number, wornQuantity = 0, consumable = false) => ({
  itemId,
  quantity,
  wornQuantity,
  consumable,
});

describe('mergeContents', () => {
  it('packs an item two lists share once, with the larger quantity', () => {
    const kitchen = [entry('stove', 1), entry('pot', 1)];
    const breakfast = [entry('stove', 1), entry('oats', 3, 0, true)];
    expect(mergeContents([...kitchen, ...breakfast])).toEqual([
      entry('stove', 1),
      entry('pot', 1),
      entry('oats', 3, 0, true),
    ]);
  });

  it('takes the largest quantity and worn quantity, and any consumable flag', () => {
    expect(mergeContents([entry('socks', 2, 1), entry('socks', 3, 0), entry('socks', 1, 1, true)])).toEqual([
      entry('socks', 3, 1, true),
    ]);
  });
});
