import type { PackingLoaders } from '../loaders/create-loaders.js';
import type { ContentLine } from '../summaries/weight-summary.js';
import { weightSummaryView } from '../summaries/summary-view.js';

/** A category as a share link shows it: name and color only (no id, version or owner; decision 0805). */
export interface SharedCategoryView {
  name: string;
  colorIndex: number;
}

/** The owner's weight summary with each category reduced to what a shared view promises. */
export async function sharedWeightSummary(loaders: PackingLoaders, lines: readonly ContentLine[]) {
  const summary = await weightSummaryView(loaders, lines);
  return {
    ...summary,
    byCategory: summary.byCategory.map(({ category, ...figures }) => ({
      ...figures,
      category: category
        ? ({ name: category.name, colorIndex: category.colorIndex } satisfies SharedCategoryView)
        : null,
    })),
  };
}
