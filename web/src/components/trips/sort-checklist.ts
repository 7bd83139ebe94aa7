import type { ChecklistSortOrder } from '@/gql/graphql';
import type { ChecklistViewLine } from './checklist-view';

const byName = (a: ChecklistViewLine, b: ChecklistViewLine) => a.item.name.localeCompare(b.item.name);

/**
 * The checklist in the user's preferred order (preference `checklist.sortOrder`). LIST keeps the
 * API's order (the pack's lists in order); the others sort a copy, ties by item name.
 */
export function sortChecklist<Line extends ChecklistViewLine>(
  lines: readonly Line[],
  order: `${ChecklistSortOrder}`,
): readonly Line[] {
  switch (order) {
    case 'LIST':
      return lines;
    case 'NAME':
      return [...lines].sort(byName);
    case 'WEIGHT':
      return [...lines].sort(
        (a, b) => b.item.weightMg * b.quantity - a.item.weightMg * a.quantity || byName(a, b),
      );
    case 'CATEGORY':
      // Uncategorised last, as a shelf of leftovers.
      return [...lines].sort(
        (a, b) =>
          (a.item.category?.name ?? '\uffff').localeCompare(b.item.category?.name ?? '\uffff') ||
          byName(a, b),
      );
  }
}
