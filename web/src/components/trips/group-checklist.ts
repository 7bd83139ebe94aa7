import { UNCATEGORISED_KEY } from '@/components/category-groups/category-order';
import type { CategoryChip } from '@/components/palette/category-chip';
import type { ChecklistViewLine } from './checklist-view';

type Category = CategoryChip | null;

/** The pack's category groups as the API computes them: order, figures and which items they hold. */
export interface ChecklistGroupFigures {
  category?: Category;
  subtotal: { totalMg: number; itemCount: number };
  lines: readonly { item: { id: string } }[];
}

/** One category of the checklist: its lines in the order given, and the API's subtotal when known. */
export interface ChecklistGroup<Line extends ChecklistViewLine> {
  key: string;
  category: Category;
  subtotal?: { totalMg: number; itemCount: number };
  lines: Line[];
}

/**
 * The checklist's lines grouped by category in the pack's grouped view's order (`figures`: the
 * kept category order, then heaviest first), each line keeping the order it came in (the person's
 * sort preference). Without figures, or for a line the pack's groups do not hold (the pack changed
 * since), a line goes to its own category's group, after the others. Groups with no line are left
 * out (everything in them packed and hidden).
 */
export function groupChecklist<Line extends ChecklistViewLine>(
  lines: readonly Line[],
  figures: readonly ChecklistGroupFigures[] = [],
): ChecklistGroup<Line>[] {
  const groups = new Map<string, ChecklistGroup<Line>>();
  const groupOfItem = new Map<string, string>();
  for (const group of figures) {
    const key = group.category?.id ?? UNCATEGORISED_KEY;
    groups.set(key, { key, category: group.category ?? null, subtotal: group.subtotal, lines: [] });
    for (const line of group.lines) groupOfItem.set(line.item.id, key);
  }
  for (const line of lines) {
    const key = groupOfItem.get(line.item.id) ?? line.item.category?.id ?? UNCATEGORISED_KEY;
    const group = groups.get(key);
    if (group) group.lines.push(line);
    else groups.set(key, { key, category: line.item.category ?? null, lines: [line] });
  }
  return [...groups.values()].filter((group) => group.lines.length > 0);
}
