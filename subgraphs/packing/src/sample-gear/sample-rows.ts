import { SAMPLE_CATEGORIES, type SampleEntry, type SampleItem } from '@packyourbag/sample-gear';

/** A new library item's fields for a sample item (the guest seeder's too). */
export function sampleItemFields(item: SampleItem, categoryIds: ReadonlyMap<string, string>) {
  return {
    name: item.name,
    description: item.description ?? null,
    weightMg: item.grams * 1000,
    categoryId: categoryIds.get(item.category)!,
    priceMinor: item.priceCents ?? null,
    currency: item.priceCents === undefined ? null : 'USD',
  };
}

/** A list or pack entry's fields for each sample entry, by position (the guest seeder's too). */
export function sampleEntryFields(itemIds: ReadonlyMap<string, string>) {
  return (sample: SampleEntry, position: number) => ({
    itemId: itemIds.get(sample.item)!,
    position,
    quantity: sample.quantity,
    wornQuantity: sample.wornQuantity ?? 0,
    consumable: sample.consumable ?? false,
    note: sample.note ?? null,
  });
}

/**
 * The sample lists' and pack's kept category order: the sample's own, the order the home page
 * shows the pack in, so the guest's pack page looks like what the home page promised.
 */
export function sampleCategoryOrder(categoryIds: ReadonlyMap<string, string>): string[] {
  return SAMPLE_CATEGORIES.map((category) => categoryIds.get(category.key)!);
}
