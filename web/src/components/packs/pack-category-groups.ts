import type { CategoryGroup } from '@/components/category-groups/category-group';
import { UNCATEGORISED_KEY } from '@/components/category-groups/category-order';
import type { PackBuilderStateFragment } from '@/gql/graphql';

/** The API's contents of a pack grouped by category, as the grouped view shows them. */
export function packCategoryGroups(groups: PackBuilderStateFragment['groupedContents']): CategoryGroup[] {
  return groups.map((group) => ({
    key: group.category?.id ?? UNCATEGORISED_KEY,
    category: group.category ?? null,
    rows: group.lines.map((line) => ({
      id: line.item.id,
      name: line.item.name,
      quantity: line.quantity,
      wornQuantity: line.wornQuantity,
      consumable: line.consumable,
      weightMg: line.item.weightMg,
      totalMg: line.totalMg,
      price: line.item.price,
    })),
    subtotal: group.subtotal,
  }));
}
