/** A group's key in the view: the category id, or this for uncategorised items (which has no id). */
export const UNCATEGORISED_KEY = 'uncategorised';

/**
 * The category ids to keep after moving `categoryId` one place up (-1) or down (+1) among the
 * categories shown, in the order shown. Uncategorised items have no id and always follow the kept
 * categories, so they are left out. Undefined when the move is not possible.
 */
export function movedCategoryOrder(
  shownKeys: readonly string[],
  categoryId: string,
  delta: -1 | 1,
): string[] | undefined {
  const ids = shownKeys.filter((key) => key !== UNCATEGORISED_KEY);
  const from = ids.indexOf(categoryId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return undefined;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, categoryId);
  return next;
}

/**
 * The grouped view's `onMove` for a list or pack: saves the order after a move, one move at a time
 * (the next is based on the version the last one returns, so a move while `saving` is dropped).
 */
export function categoryMover(
  groups: readonly { key: string }[],
  saving: boolean,
  save: (categoryIds: string[]) => void,
): (categoryId: string, delta: -1 | 1) => void {
  return (categoryId, delta) => {
    const categoryIds = movedCategoryOrder(
      groups.map((group) => group.key),
      categoryId,
      delta,
    );
    if (categoryIds && !saving) save(categoryIds);
  };
}
