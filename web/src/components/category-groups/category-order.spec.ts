import { describe, expect, it } from 'vitest';
import { movedCategoryOrder, UNCATEGORISED_KEY } from './category-order';

describe('movedCategoryOrder', () => {
  it('moves a category one place among the shown ones and leaves uncategorised out', () => {
    const shown = ['shelter', 'kitchen', UNCATEGORISED_KEY, 'clothing'];
    expect(movedCategoryOrder(shown, 'kitchen', -1)).toEqual(['kitchen', 'shelter', 'clothing']);
    expect(movedCategoryOrder(shown, 'kitchen', 1)).toEqual(['shelter', 'clothing', 'kitchen']);
  });

  it('refuses moves past either end and unknown ids', () => {
    expect(movedCategoryOrder(['a', 'b'], 'a', -1)).toBeUndefined();
    expect(movedCategoryOrder(['a', 'b'], 'b', 1)).toBeUndefined();
    expect(movedCategoryOrder(['a', 'b'], 'z', 1)).toBeUndefined();
    expect(movedCategoryOrder(['a', 'b'], UNCATEGORISED_KEY, -1)).toBeUndefined();
  });
});
