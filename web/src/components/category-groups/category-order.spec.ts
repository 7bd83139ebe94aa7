import { describe, expect, it, vi } from 'vitest';
import { categoryMover, movedCategoryOrder, UNCATEGORISED_KEY } from './category-order';

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

describe('categoryMover', () => {
  const groups = [{ key: 'a' }, { key: 'b' }, { key: UNCATEGORISED_KEY }];

  it('saves the order after the move', () => {
    const save = vi.fn();
    categoryMover(groups, false, save)('b', -1);
    expect(save).toHaveBeenCalledWith(['b', 'a']);
  });

  it('drops a move while the last one is saving, and a move past either end', () => {
    const save = vi.fn();
    categoryMover(groups, true, save)('b', -1);
    categoryMover(groups, false, save)('a', -1);
    categoryMover(groups, false, save)('b', 1);
    expect(save).not.toHaveBeenCalled();
  });
});
