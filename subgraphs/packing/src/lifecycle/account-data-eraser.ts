import type { PackingDatabase } from '../database/create-prisma-client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How many rows of each kind a deletion removed (list entries, pack lists and checks go with their parents). */
export interface ErasedCounts {
  trips: number;
  shareLinks: number;
  packs: number;
  lists: number;
  items: number;
  categories: number;
  importJobs: number;
  seeded: number;
}

/**
 * Removes everything a user owns in schema `packing`, in one transaction (`user.deleted`).
 * Idempotent: a second run finds nothing and changes nothing.
 */
export class AccountDataEraser {
  constructor(private readonly database: PackingDatabase) {}

  async eraseEverythingOf(userId: string): Promise<ErasedCounts> {
    // A malformed id is a bad event, not "nothing to delete": failing sends it to the dead letters
    // where an operator sees it, instead of completing silently.
    if (!UUID.test(userId)) throw new Error(`user.deleted carries a malformed user id: "${userId}".`);
    const ownerId = userId;
    return this.database.$transaction(async (tx) => {
      // Children first where the foreign key is SET NULL or absent; the rest cascades: deleting
      // items removes their list entries, pack entries and trip checks; lists and packs take
      // their pack_lists and share links.
      const trips = await tx.trip.deleteMany({ where: { ownerId } });
      const shareLinks = await tx.shareLink.deleteMany({ where: { ownerId } });
      const packs = await tx.pack.deleteMany({ where: { ownerId } });
      const lists = await tx.gearList.deleteMany({ where: { ownerId } });
      const items = await tx.item.deleteMany({ where: { ownerId } });
      const categories = await tx.category.deleteMany({ where: { ownerId } });
      const importJobs = await tx.importJob.deleteMany({ where: { ownerId } });
      const seeded = await tx.seededUser.deleteMany({ where: { userId } });
      return {
        trips: trips.count,
        shareLinks: shareLinks.count,
        packs: packs.count,
        lists: lists.count,
        items: items.count,
        categories: categories.count,
        importJobs: importJobs.count,
        seeded: seeded.count,
      };
    });
  }
}
