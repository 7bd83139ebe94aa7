import type { Category } from '../generated/prisma/client.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';
import { priceTotals, summariseWeights, type ContentLine, type WeightFigures } from './weight-summary.js';

export type WeightSummaryView = Omit<WeightFigures, 'byCategory'> & {
  byCategory: (Omit<WeightFigures['byCategory'][number], 'categoryId'> & { category: Category | null })[];
};

/** The GraphQL WeightSummary for some lines, categories loaded in one batch. */
export async function weightSummaryView(
  loaders: PackingLoaders,
  lines: readonly ContentLine[],
): Promise<WeightSummaryView> {
  const figures = summariseWeights(lines);
  const categories = await loaders.categoryById.loadMany(
    figures.byCategory.flatMap((row) => (row.categoryId ? [row.categoryId] : [])),
  );
  const byId = new Map(
    categories.flatMap((category) =>
      category && !(category instanceof Error) ? [[category.id, category]] : [],
    ),
  );
  return {
    ...figures,
    byCategory: figures.byCategory.map(({ categoryId, ...rest }) => ({
      ...rest,
      category: categoryId ? (byId.get(categoryId) ?? null) : null,
    })),
  };
}

export { priceTotals };
