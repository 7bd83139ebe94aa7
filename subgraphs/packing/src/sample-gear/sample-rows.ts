import type { SampleEntry, SampleItem } from '@packyourbag/sample-gear';

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
