import type { Item, ListEntry } from '../generated/prisma/client.js';
import type { PackingLoaders } from '../loaders/create-loaders.js';
import type { ContentLine } from '../summaries/weight-summary.js';
import { mergeContents, type SourceEntry } from './merge-contents.js';

/** A line of a list or pack with its item loaded. */
export type ItemLine = ContentLine<Item> & { itemId: string };

/** The entries whose item still exists, each with its item (one batch through the request's loaders). */
export async function withItems<Entry extends SourceEntry>(
  loaders: PackingLoaders,
  entries: readonly Entry[],
): Promise<(Entry & { item: Item })[]> {
  const items = await loaders.itemById.loadMany(entries.map((entry) => entry.itemId));
  return entries.flatMap((entry, index) => {
    const item = items[index];
    return item && !(item instanceof Error) ? [{ ...entry, item }] : [];
  });
}

/** A list's entries with their items, in the list's order (batched through the request's loaders). */
export async function listLines(
  loaders: PackingLoaders,
  listId: string,
): Promise<(ListEntry & { item: Item })[]> {
  return withItems(loaders, await loaders.entriesByList.load(listId));
}

/** Each of the pack's lists with its entries, then the pack's extra entries. */
export async function packSources(
  loaders: PackingLoaders,
  packId: string,
): Promise<{ lists: { listId: string; entries: SourceEntry[] }[]; extras: SourceEntry[] }> {
  const [lists, extras] = await Promise.all([
    loaders.listsByPack.load(packId),
    loaders.extraEntriesByPack.load(packId),
  ]);
  const entries = await loaders.entriesByList.loadMany(lists.map((list) => list.id));
  return {
    lists: lists.map((list, index) => {
      const listEntries = entries[index];
      return { listId: list.id, entries: listEntries instanceof Error || !listEntries ? [] : listEntries };
    }),
    extras,
  };
}

/** The pack's merged contents (one line per item, see mergeContents) with items loaded. */
export async function packLines(loaders: PackingLoaders, packId: string): Promise<ItemLine[]> {
  const sources = await packSources(loaders, packId);
  return withItems(
    loaders,
    mergeContents([...sources.lists.flatMap((list) => list.entries), ...sources.extras]),
  );
}
