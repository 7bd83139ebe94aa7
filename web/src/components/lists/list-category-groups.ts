import type { CategoryGroup } from '@/components/category-groups/category-group';
import {
  CategoryGroupItemFragment,
  CategoryGroupSubtotalFragment,
} from '@/components/category-groups/category-group-table';
import { CategoryChipFragment } from '@/components/palette/category-chip';
import { UNCATEGORISED_KEY } from '@/components/category-groups/category-order';
import { readFragment } from '@/gql';
import type { ListEditorStateFragment } from '@/gql/graphql';

/** The API's grouped entries of a list as the grouped view shows them. */
export function listCategoryGroups(groups: ListEditorStateFragment['categoryGroups']): CategoryGroup[] {
  return groups.map((group) => {
    const category = readFragment(CategoryChipFragment, group.category) ?? null;
    return {
      key: category?.id ?? UNCATEGORISED_KEY,
      category,
      rows: group.entries.map((entry) => {
        const item = readFragment(CategoryGroupItemFragment, entry.item);
        return {
          id: entry.id,
          name: item.name,
          quantity: entry.quantity,
          wornQuantity: entry.wornQuantity,
          consumable: entry.consumable,
          weightMg: item.weightMg,
          totalMg: item.weightMg * entry.quantity,
          price: item.price,
        };
      }),
      subtotal: readFragment(CategoryGroupSubtotalFragment, group.subtotal),
    };
  });
}
