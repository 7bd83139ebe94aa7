import type { ItemLine } from '../contents/lines.js';
import type { Category } from '../generated/prisma/client.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';
import type { GroupSubtotalFigures } from '../summaries/category-groups.js';
import { sharedEntries } from './shared-entries.js';
import type { SharedCategoryView } from './shared-summary.js';

/** A group of a list's or pack's contents by category, as the owner's views compute it. */
interface OwnerGroup {
  category: Category | null;
  lines: ItemLine[];
  subtotal: GroupSubtotalFigures;
}

/**
 * The owner's category groups (same order, same exact figures) reduced to what a share link
 * shows: categories by name and colour, entries without ids or notes, subtotals without prices.
 */
export function sharedCategoryGroups(loaders: PackingLoaders, groups: readonly OwnerGroup[]) {
  return Promise.all(
    groups.map(async ({ category, lines, subtotal: { priceTotals: _prices, ...figures } }) => ({
      category: category
        ? ({ name: category.name, colorIndex: category.colorIndex } satisfies SharedCategoryView)
        : null,
      entries: await sharedEntries(loaders, lines),
      subtotal: figures,
    })),
  );
}
