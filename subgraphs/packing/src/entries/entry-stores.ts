import type { EntryStore } from './entry-editor.js';

/** A list's entries, found through the list's owner. */
export const listEntries: EntryStore = {
  what: 'ListEntry',
  alreadyThere: 'This item is already in the list; change its quantity instead.',
  findOwned: async (database, ownerId, id) => {
    const entry = await database.listEntry.findFirst({ where: { id, list: { ownerId } } });
    return entry && { ...entry, parentId: entry.listId };
  },
  positions: (tx, listId) =>
    tx.listEntry.findMany({ where: { listId }, select: { itemId: true, position: true } }),
  insert: (tx, listId, entry, position) => tx.listEntry.create({ data: { ...entry, listId, position } }),
  change: (tx, id, next) => tx.listEntry.update({ where: { id }, data: next }),
  remove: (tx, id) => tx.listEntry.deleteMany({ where: { id } }),
};

/** A pack's extra entries (beside its lists), found through the pack's owner. */
export const packExtraEntries: EntryStore = {
  what: 'PackEntry',
  alreadyThere: 'This item is already among the pack’s extras; change its quantity instead.',
  findOwned: async (database, ownerId, id) => {
    const entry = await database.packEntry.findFirst({ where: { id, pack: { ownerId } } });
    return entry && { ...entry, parentId: entry.packId };
  },
  positions: (tx, packId) =>
    tx.packEntry.findMany({ where: { packId }, select: { itemId: true, position: true } }),
  insert: (tx, packId, entry, position) => tx.packEntry.create({ data: { ...entry, packId, position } }),
  change: (tx, id, next) => tx.packEntry.update({ where: { id }, data: next }),
  remove: (tx, id) => tx.packEntry.deleteMany({ where: { id } }),
};
