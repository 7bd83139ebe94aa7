import { graphql, readFragment, type FragmentType } from '@/gql';
import type { CategoryChipFragment as CategoryChipData } from '@/gql/graphql';

/**
 * What a category chip (CategorySwatch: colour dot and name) shows, and the id its group and key
 * come from: the one selection of a category that every gear table, list entry, checklist line and
 * grouped view spreads (decision 1490).
 */
export const CategoryChipFragment = graphql(`
  fragment CategoryChip on Category {
    id
    name
    colorIndex
  }
`);

/**
 * A category as its chip shows it: the codegen type of `CategoryChip`, less the `__typename` the
 * cache adds, so stories, specs and the sample pack can pass plain objects.
 */
export type CategoryChip = Omit<CategoryChipData, '__typename'>;

/**
 * `holder` (an item, a group) with its masked `category` read: what a container hands a
 * presentational component, so stories and specs pass plain objects (decision 1311).
 */
export function withCategoryChip<
  Holder extends { category?: FragmentType<typeof CategoryChipFragment> | null },
>(holder: Holder): Omit<Holder, 'category'> & { category: CategoryChip | null } {
  return { ...holder, category: readFragment(CategoryChipFragment, holder.category) ?? null };
}
