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
