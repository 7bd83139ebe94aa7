import { randomUUID } from 'node:crypto';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import { Prisma } from '../generated/prisma/client.js';
import {
  SAMPLE_CATEGORIES,
  SAMPLE_ITEMS,
  SAMPLE_LISTS,
  SAMPLE_PACK,
  SAMPLE_TRIP,
} from '@packyourbag/sample-gear';
import { sampleCategoryOrder, sampleEntryFields, sampleItemFields } from '../sample-gear/sample-rows.js';

/**
 * Gives a new guest sample gear (`user.created` with `guest: true`): categories, a small library,
 * two lists, a pack combining them and a trip with that pack, all in one transaction.
 *
 * Exactly once: the transaction first inserts the guest's `packing.seeded_users` row. A repeated
 * event (or two instances handling it at once) hits that primary key and the whole attempt rolls
 * back, so nothing is created twice.
 */
export class GuestSeeder {
  constructor(private readonly database: PackingDatabase) {}

  /**
   * Returns true when this call seeded, false when the guest had been seeded before.
   *
   * `createdAt` is when the account was created (the event's `occurredAt`): the samples date from
   * then, so anything the guest made before the event arrived still lists first (newest first).
   * @default now
   */
  async seedOnce(userId: string, createdAt: Date = new Date()): Promise<boolean> {
    try {
      await this.database.$transaction(async (tx) => {
        await tx.seededUser.create({ data: { userId } });
        await this.seed(tx, userId, createdAt);
      });
      return true;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
      throw error;
    }
  }

  private async seed(tx: Prisma.TransactionClient, ownerId: string, createdAt: Date): Promise<void> {
    const categoryIds = new Map(SAMPLE_CATEGORIES.map((category) => [category.key, randomUUID()]));
    await tx.category.createMany({
      data: SAMPLE_CATEGORIES.map((category) => ({
        id: categoryIds.get(category.key)!,
        ownerId,
        name: category.name,
        colorIndex: category.colorIndex,
        createdAt,
      })),
    });
    const itemIds = new Map(SAMPLE_ITEMS.map((item) => [item.key, randomUUID()]));
    await tx.item.createMany({
      data: SAMPLE_ITEMS.map((item) => ({
        id: itemIds.get(item.key)!,
        ownerId,
        ...sampleItemFields(item, categoryIds),
        createdAt,
      })),
    });
    const entry = sampleEntryFields(itemIds);
    const listIds: string[] = [];
    for (const list of SAMPLE_LISTS) {
      const created = await tx.gearList.create({
        data: {
          ownerId,
          name: list.name,
          description: list.description,
          createdAt,
          categoryOrder: sampleCategoryOrder(categoryIds),
          entries: { create: list.entries.map(entry) },
        },
        select: { id: true },
      });
      listIds.push(created.id);
    }
    const pack = await tx.pack.create({
      data: {
        ownerId,
        name: SAMPLE_PACK.name,
        description: SAMPLE_PACK.description,
        createdAt,
        categoryOrder: sampleCategoryOrder(categoryIds),
        lists: { create: listIds.map((listId, position) => ({ listId, position })) },
        entries: { create: SAMPLE_PACK.entries.map(entry) },
      },
      select: { id: true },
    });
    await tx.trip.create({ data: { ownerId, ...SAMPLE_TRIP, packId: pack.id, createdAt } });
  }
}
