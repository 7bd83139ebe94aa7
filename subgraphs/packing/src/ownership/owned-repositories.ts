import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { Category, GearList, Item, Pack, Trip } from '../generated/prisma/client.js';
import { OwnedRepository } from './owned-repository.js';

/** The owner-scoped repository of each model a user owns, on one database. */
export interface OwnedRepositories {
  items: OwnedRepository<Item>;
  categories: OwnedRepository<Category>;
  lists: OwnedRepository<GearList>;
  packs: OwnedRepository<Pack>;
  trips: OwnedRepository<Trip>;
}

export function ownedRepositories(database: PackingDatabase): OwnedRepositories {
  return {
    items: new OwnedRepository('Item', database, (client) => client.item),
    categories: new OwnedRepository('Category', database, (client) => client.category),
    lists: new OwnedRepository('List', database, (client) => client.gearList),
    packs: new OwnedRepository('Pack', database, (client) => client.pack),
    trips: new OwnedRepository('Trip', database, (client) => client.trip),
  };
}
