import type { Category, GearList, Item, ListEntry, Pack } from '../generated/prisma/client.js';
import type { PackGroupedContentsArgs } from '../generated/graphql.js';
import { categoriesOf } from '../category-order/kept-categories.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';
import { groupByCategory, subtotalOf, type GroupSubtotalFigures } from '../summaries/category-groups.js';
import { summariseWeights, type ContentLine } from '../summaries/weight-summary.js';
import { listLines, packLines, packSources, withItems, type ItemLine } from './lines.js';
import { mergeContents } from './merge-contents.js';

/** A line as the API shows it: with the line's total weight. */
export type LineView = ItemLine & { totalMg: number };

export const lineView = (line: ItemLine): LineView => ({
  ...line,
  totalMg: line.item.weightMg * line.quantity,
});

/** A group of a list's entries by category (List.categoryGroups). */
export interface ListCategoryGroupView {
  category: Category | null;
  entries: (ListEntry & { item: Item })[];
  subtotal: GroupSubtotalFigures;
}

/** A group of a pack's contents, by list or by category (Pack.groupedContents). */
export interface PackGroupView {
  list: GearList | null;
  category: Category | null;
  lines: LineView[];
  totalMg: number;
  subtotal: GroupSubtotalFigures;
}

/** Lines grouped by category in the kept `order` (see groupByCategory), each with its category row. */
async function byCategory<Line extends ContentLine<Item>>(
  loaders: PackingLoaders,
  lines: readonly Line[],
  order: readonly string[],
) {
  const groups = groupByCategory(lines, order);
  const categories = await categoriesOf(
    loaders,
    groups.map((group) => group.categoryId),
  );
  return groups.map((group, index) => ({ ...group, category: categories[index] ?? null }));
}

/** The list's entries grouped by their items' categories, in the list's kept category order. */
export async function listCategoryGroups(
  loaders: PackingLoaders,
  list: GearList,
): Promise<ListCategoryGroupView[]> {
  const groups = await byCategory(loaders, await listLines(loaders, list.id), list.categoryOrder);
  return groups.map(({ category, lines, subtotal }) => ({ category, entries: lines, subtotal }));
}

/**
 * By list: each list's own entries (an item two lists share appears in both groups), then the
 * extras. By category: the merged contents, each item once, in the pack's kept category order,
 * then heaviest first. Subtotal shares are of the merged pack's total.
 */
export async function packGroups(
  loaders: PackingLoaders,
  pack: Pack,
  by: PackGroupedContentsArgs['by'],
): Promise<PackGroupView[]> {
  const merged = (await packLines(loaders, pack.id)).map(lineView);
  if (by !== 'LIST') {
    const groups = await byCategory(loaders, merged, pack.categoryOrder);
    return groups.map(({ category, lines, subtotal }) => ({
      list: null,
      category,
      lines,
      totalMg: subtotal.totalMg,
      subtotal,
    }));
  }
  const packTotalMg = summariseWeights(merged).totalMg;
  const [sources, lists] = await Promise.all([
    packSources(loaders, pack.id),
    loaders.listsByPack.load(pack.id),
  ]);
  const groups = await Promise.all(
    [
      ...sources.lists.map((source, index) => ({ list: lists[index] ?? null, entries: source.entries })),
      { list: null, entries: sources.extras },
    ].map(async ({ list, entries }) => {
      const lines = (await withItems(loaders, mergeContents(entries))).map(lineView);
      const subtotal = subtotalOf(lines, packTotalMg);
      return { list, category: null, lines, totalMg: subtotal.totalMg, subtotal };
    }),
  );
  return groups.filter((group) => group.list !== null || group.lines.length > 0);
}
