import type { Category } from '../generated/prisma/client.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';

/** The categories of a kept order that still exist, in that order (deleted ones drop out). */
export async function keptCategories(loaders: PackingLoaders, order: readonly string[]): Promise<Category[]> {
  const categories = await loaders.categoryById.loadMany([...order]);
  return categories.flatMap((category) => (category && !(category instanceof Error) ? [category] : []));
}

/** Category rows for groups' ids (null stays null: uncategorised), loaded in one batch. */
export async function categoriesOf(
  loaders: PackingLoaders,
  ids: readonly (string | null)[],
): Promise<(Category | null)[]> {
  const loaded = await loaders.categoryById.loadMany(ids.flatMap((id) => (id ? [id] : [])));
  const byId = new Map(loaded.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c] as const] : [])));
  return ids.map((id) => (id ? (byId.get(id) ?? null) : null));
}
