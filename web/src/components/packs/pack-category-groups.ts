import type { CategoryGroup } from '@/components/category-groups/category-group';
import {
  CategoryGroupItemFragment,
  CategoryGroupSubtotalFragment,
} from '@/components/category-groups/category-group-table';
import { CategoryChipFragment } from '@/components/palette/category-chip';
import { UNCATEGORISED_KEY } from '@/components/category-groups/category-order';
import { readFragment } from '@/gql';
import type { PackBuilderStateFragment } from '@/gql/graphql';

/** The API's contents of a pack grouped by category, as the grouped view shows them. */
export function packCategoryGroups(groups: PackBuilderStateFragment['groupedContents']): CategoryGroup[] {
  return groups.map((group) => {
    const category = readFragment(CategoryChipFragment, group.category) ?? null;
    return {
      key: category?.id ?? UNCATEGORISED_KEY,
      category,
      rows: group.lines.map((line) => {
        const item = readFragment(CategoryGroupItemFragment, line.item);
        return {
          id: item.id,
          name: item.name,
          quantity: line.quantity,
          wornQuantity: line.wornQuantity,
          consumable: line.consumable,
          weightMg: item.weightMg,
          totalMg: line.totalMg,
          price: item.price,
        };
      }),
      subtotal: readFragment(CategoryGroupSubtotalFragment, group.subtotal),
    };
  });
}
