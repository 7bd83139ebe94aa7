import DataLoader from 'dataloader';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type {
  Category,
  GearList,
  Item,
  ListEntry,
  Pack,
  PackEntry,
  ShareLink,
  TripCheck,
} from '../generated/prisma/client.js';
import { byId, groupBy } from './group-by.js';

/**
 * One set per request (built in the GraphQL context), so each relation costs one SQL statement per
 * level of the query however many parents ask. Loaders read by id without an owner filter: they are
 * only reached from a parent whose ownership was checked (or from a valid share token).
 */
export interface PackingLoaders {
  itemById: DataLoader<string, Item | null>;
  categoryById: DataLoader<string, Category | null>;
  listById: DataLoader<string, GearList | null>;
  packById: DataLoader<string, Pack | null>;
  /** Entries of each list in the owner's order. */
  entriesByList: DataLoader<string, ListEntry[]>;
  /** Lists of each pack in the pack's order. */
  listsByPack: DataLoader<string, GearList[]>;
  extraEntriesByPack: DataLoader<string, PackEntry[]>;
  checksByTrip: DataLoader<string, TripCheck[]>;
  shareLinksByList: DataLoader<string, ShareLink[]>;
  shareLinksByPack: DataLoader<string, ShareLink[]>;
}

export function createLoaders(database: PackingDatabase): PackingLoaders {
  const ids = (keys: readonly string[]) => ({ in: [...keys] });
  return {
    itemById: new DataLoader(async (keys) =>
      byId(keys, await database.item.findMany({ where: { id: ids(keys) } })),
    ),
    categoryById: new DataLoader(async (keys) =>
      byId(keys, await database.category.findMany({ where: { id: ids(keys) } })),
    ),
    listById: new DataLoader(async (keys) =>
      byId(keys, await database.gearList.findMany({ where: { id: ids(keys) } })),
    ),
    packById: new DataLoader(async (keys) =>
      byId(keys, await database.pack.findMany({ where: { id: ids(keys) } })),
    ),
    entriesByList: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await database.listEntry.findMany({ where: { listId: ids(keys) }, orderBy: { position: 'asc' } }),
        (entry) => entry.listId,
      ),
    ),
    listsByPack: new DataLoader(async (keys) => {
      const links = await database.packList.findMany({
        where: { packId: ids(keys) },
        orderBy: { position: 'asc' },
        include: { list: true },
      });
      return groupBy(keys, links, (link) => link.packId).map((group) => group.map((link) => link.list));
    }),
    extraEntriesByPack: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await database.packEntry.findMany({ where: { packId: ids(keys) }, orderBy: { position: 'asc' } }),
        (entry) => entry.packId,
      ),
    ),
    checksByTrip: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await database.tripCheck.findMany({ where: { tripId: ids(keys) } }),
        (check) => check.tripId,
      ),
    ),
    shareLinksByList: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await database.shareLink.findMany({ where: { listId: ids(keys) }, orderBy: { createdAt: 'asc' } }),
        (link) => link.listId ?? '',
      ),
    ),
    shareLinksByPack: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await database.shareLink.findMany({ where: { packId: ids(keys) }, orderBy: { createdAt: 'asc' } }),
        (link) => link.packId ?? '',
      ),
    ),
  };
}
