import { conflict } from '@packyourbag/service-kit';
import {
  SAMPLE_CATEGORIES,
  SAMPLE_ITEMS,
  SAMPLE_LISTS,
  SAMPLE_PACK,
  SAMPLE_TRIP,
} from '@packyourbag/sample-gear';
import { randomUUID } from 'node:crypto';
import { MAX_CATEGORIES } from '../categories/category.service.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { Pack, Prisma, Trip } from '../generated/prisma/client.js';
import { reusableItems } from '../lighterpack/library-items.js';
import { itemKey } from '../lighterpack/plan-import.js';
import { sampleCategoryOrder, sampleEntryFields, sampleItemFields } from './sample-rows.js';

type Tx = Prisma.TransactionClient;

/** What `addSampleGear` answers. */
export interface SampleGearAdded {
  itemsAdded: number;
  categoriesAdded: number;
  pack: Pack;
  trip: Trip;
}

/**
 * Adds the guests' sample gear to any library on request (an empty library's "Add the sample
 * gear"), reusing whatever is already there so that a second call adds nothing (decision 1330).
 *
 * The guest seeder stays separate: it runs once per new guest from an event, bulk-inserts into an
 * empty library and marks the guest seeded; this one reads the library first. If both race for
 * one guest, the seeder trips over the category names this one created and seeds nothing.
 */
export class SampleGearService {
  constructor(private readonly database: PackingDatabase) {}

  add(ownerId: string): Promise<SampleGearAdded> {
    return this.database.$transaction(async (tx) => {
      // Two calls at once (a double click, two tabs) would both find nothing and both create:
      // they take turns per owner instead, and the second finds what the first made.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`packing.sample-gear:${ownerId}`}))`;
      const categories = await this.categories(tx, ownerId);
      const items = await this.items(tx, ownerId, categories.ids);
      const listIds: string[] = [];
      for (const list of SAMPLE_LISTS) {
        const found = await tx.gearList.findFirst({
          where: { ownerId, name: list.name },
          orderBy: { createdAt: 'asc' },
        });
        const id =
          found?.id ??
          (
            await tx.gearList.create({
              data: {
                ownerId,
                name: list.name,
                description: list.description,
                categoryOrder: sampleCategoryOrder(categories.ids),
                entries: { create: list.entries.map(sampleEntryFields(items.ids)) },
              },
              select: { id: true },
            })
          ).id;
        listIds.push(id);
      }
      const pack =
        (await tx.pack.findFirst({
          where: { ownerId, name: SAMPLE_PACK.name },
          orderBy: { createdAt: 'asc' },
        })) ??
        (await tx.pack.create({
          data: {
            ownerId,
            name: SAMPLE_PACK.name,
            description: SAMPLE_PACK.description,
            categoryOrder: sampleCategoryOrder(categories.ids),
            lists: { create: listIds.map((listId, position) => ({ listId, position })) },
            entries: {
              create: SAMPLE_PACK.entries.map(sampleEntryFields(items.ids)),
            },
          },
        }));
      const trip =
        (await tx.trip.findFirst({
          where: { ownerId, name: SAMPLE_TRIP.name },
          orderBy: { createdAt: 'asc' },
        })) ?? (await tx.trip.create({ data: { ownerId, ...SAMPLE_TRIP, packId: pack.id } }));
      return { itemsAdded: items.added, categoriesAdded: categories.added, pack, trip };
    });
  }

  /** Sample category key → the owner's category id, matched by name in any case or created. */
  private async categories(tx: Tx, ownerId: string) {
    const existing = await tx.category.findMany({ where: { ownerId }, select: { id: true, name: true } });
    const byName = new Map(existing.map((category) => [category.name.toLowerCase(), category.id]));
    const fresh = SAMPLE_CATEGORIES.filter((category) => !byName.has(category.name.toLowerCase())).map(
      (category) => ({ id: randomUUID(), ownerId, name: category.name, colorIndex: category.colorIndex }),
    );
    if (existing.length + fresh.length > MAX_CATEGORIES)
      throw conflict(
        `The sample gear needs ${fresh.length} more categories; a library holds at most ${MAX_CATEGORIES} ` +
          `and yours has ${existing.length}.`,
      );
    await tx.category.createMany({ data: fresh });
    for (const category of fresh) byName.set(category.name.toLowerCase(), category.id);
    const ids = new Map(
      SAMPLE_CATEGORIES.map((category) => [category.key, byName.get(category.name.toLowerCase())!]),
    );
    return { ids, added: fresh.length };
  }

  /** Sample item key → a library item with the same name, category and weight (as an import reuses), or a new one. */
  private async items(tx: Tx, ownerId: string, categoryIds: ReadonlyMap<string, string>) {
    const library = new Map<string, string>();
    for (const item of await reusableItems(tx, ownerId)) {
      const key = itemKey(item.name, item.categoryName, item.weightMg);
      if (!library.has(key)) library.set(key, item.id);
    }
    const categoryName = new Map(SAMPLE_CATEGORIES.map((category) => [category.key, category.name]));
    const ids = new Map<string, string>();
    const fresh: Prisma.ItemCreateManyInput[] = [];
    for (const item of SAMPLE_ITEMS) {
      const weightMg = item.grams * 1000;
      const found = library.get(itemKey(item.name, categoryName.get(item.category) ?? null, weightMg));
      const id = found ?? randomUUID();
      ids.set(item.key, id);
      if (found) continue;
      fresh.push({ id, ownerId, ...sampleItemFields(item, categoryIds) });
    }
    await tx.item.createMany({ data: fresh });
    return { ids, added: fresh.length };
  }
}
