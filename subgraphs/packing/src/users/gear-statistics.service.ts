import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { Item } from '../generated/prisma/client.js';

export interface GearStatistics {
  itemCount: number;
  archivedItemCount: number;
  categoryCount: number;
  listCount: number;
  packCount: number;
  tripCount: number;
  libraryWeightMg: number;
  heaviestItems: Item[];
}

/** Counts and weights over a user's whole library (a handful of aggregate queries, run together). */
export class GearStatisticsService {
  constructor(private readonly database: PackingDatabase) {}

  async of(ownerId: string): Promise<GearStatistics> {
    const active = { ownerId, archived: false };
    const [
      itemCount,
      archivedItemCount,
      categoryCount,
      listCount,
      packCount,
      tripCount,
      weight,
      heaviestItems,
    ] = await Promise.all([
      this.database.item.count({ where: active }),
      this.database.item.count({ where: { ownerId, archived: true } }),
      this.database.category.count({ where: { ownerId } }),
      this.database.gearList.count({ where: { ownerId } }),
      this.database.pack.count({ where: { ownerId } }),
      this.database.trip.count({ where: { ownerId } }),
      // SUM over int is bigint in PostgreSQL; Prisma returns it as a number for Int columns.
      this.database.item.aggregate({ where: active, _sum: { weightMg: true } }),
      this.database.item.findMany({ where: active, orderBy: [{ weightMg: 'desc' }, { id: 'asc' }], take: 5 }),
    ]);
    return {
      itemCount,
      archivedItemCount,
      categoryCount,
      listCount,
      packCount,
      tripCount,
      libraryWeightMg: Number(weight._sum.weightMg ?? 0),
      heaviestItems,
    };
  }
}
