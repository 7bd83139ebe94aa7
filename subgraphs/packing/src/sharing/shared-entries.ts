import type { ItemLine } from '../contents/lines.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';

/**
 * What a share link shows: names, descriptions, weights, quantities, categories (name and color)
 * and product links. Never the owner, ids, notes (item or entry) or prices (docs/decisions/0805).
 */
export async function sharedEntries(loaders: PackingLoaders, lines: ItemLine[]) {
  const categories = await loaders.categoryById.loadMany(
    lines.flatMap((line) => (line.item.categoryId ? [line.item.categoryId] : [])),
  );
  const byId = new Map(categories.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c]] : [])));
  return lines.map(({ item, quantity, wornQuantity, consumable }) => {
    const category = item.categoryId ? byId.get(item.categoryId) : undefined;
    return {
      name: item.name,
      description: item.description,
      category: category ? { name: category.name, colorIndex: category.colorIndex } : null,
      weightMg: item.weightMg,
      quantity,
      wornQuantity,
      consumable,
      link: item.link,
    };
  });
}
