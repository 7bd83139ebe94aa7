import type { CategoryGroup } from '@/components/category-groups/category-group';
import { UNCATEGORISED_KEY } from '@/components/category-groups/category-order';
import type { ListEditorStateFragment } from '@/gql/graphql';

/** The API's grouped entries of a list as the grouped view shows them. */
export function listCategoryGroups(groups: ListEditorStateFragment['categoryGroups']): CategoryGroup[] {
  return groups.map((group) => ({
    key: group.category?.id ?? UNCATEGORISED_KEY,
    category: group.category ?? null,
    rows: group.entries.map((entry) => ({
      id: entry.id,
      name: entry.item.name,
      quantity: entry.quantity,
      wornQuantity: entry.wornQuantity,
      consumable: entry.consumable,
      weightMg: entry.item.weightMg,
      totalMg: entry.item.weightMg * entry.quantity,
      price: entry.item.price,
    })),
    subtotal: group.subtotal,
  }));
}
