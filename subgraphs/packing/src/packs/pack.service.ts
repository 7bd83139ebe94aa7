import { badUserInput } from '@packyourbag/service-kit';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreatePackInput, EntryChangeInput, EntryInput, UpdatePackInput } from '../generated/graphql.js';
import type { Pack } from '../generated/prisma/client.js';
import { requireCategoryOrder } from '../category-order/category-order-input.js';
import { EntryEditor } from '../entries/entry-editor.js';
import { packExtraEntries } from '../entries/entry-stores.js';
import { ownedRepositories, type OwnedRepositories } from '../ownership/owned-repositories.js';
import type { Connection, PageRequest } from '../pagination/cursor-page.js';
import * as rules from '../validation/input-rules.js';

export const MAX_PACK_LISTS = 50;

/** Packs: ordered lists plus extra entries. Every read and write is scoped by owner. */
export class PackService {
  private readonly owned: OwnedRepositories;
  private readonly extras: EntryEditor<Pack>;

  constructor(private readonly database: PackingDatabase) {
    this.owned = ownedRepositories(database);
    this.extras = new EntryEditor(database, this.owned.packs, this.owned.items, packExtraEntries);
  }

  listForOwner(ownerId: string, page: PageRequest): Promise<Connection<Pack>> {
    return this.owned.packs.pageForOwner(ownerId, page);
  }

  get(ownerId: string, id: string): Promise<Pack> {
    return this.owned.packs.get(ownerId, id);
  }

  async create(ownerId: string, input: CreatePackInput): Promise<Pack> {
    const name = rules.name(input.name, 'input.name');
    const description = rules.optionalText(input.description, 'input.description');
    const listIds = await this.requireLists(ownerId, input.listIds ?? [], 'input.listIds');
    return this.database.$transaction(async (tx) => {
      const pack = await tx.pack.create({ data: { ownerId, name, description } });
      await tx.packList.createMany({
        data: listIds.map((listId, position) => ({ packId: pack.id, listId, position })),
      });
      return pack;
    });
  }

  async update(ownerId: string, id: string, input: UpdatePackInput): Promise<Pack> {
    const data = {
      ...(input.name != null ? { name: rules.name(input.name, 'input.name') } : {}),
      ...(input.description !== undefined
        ? { description: rules.optionalText(input.description, 'input.description') }
        : {}),
    };
    return this.owned.packs.claim(ownerId, id, input.expectedVersion, (tx) =>
      tx.pack.update({ where: { id }, data }),
    );
  }

  delete(ownerId: string, id: string): Promise<string> {
    return this.owned.packs.delete(ownerId, id);
  }

  async setLists(
    ownerId: string,
    packId: string,
    listIds: string[],
    expectedVersion?: number | null,
  ): Promise<Pack> {
    const ordered = await this.requireLists(ownerId, listIds, 'listIds');
    return this.owned.packs.claim(ownerId, packId, expectedVersion, async (tx) => {
      await tx.packList.deleteMany({ where: { packId } });
      await tx.packList.createMany({
        data: ordered.map((listId, position) => ({ packId, listId, position })),
      });
      return tx.pack.findUniqueOrThrow({ where: { id: packId } });
    });
  }

  addEntry(
    ownerId: string,
    packId: string,
    input: EntryInput,
    expectedVersion?: number | null,
  ): Promise<Pack> {
    return this.extras.add(ownerId, packId, input, expectedVersion);
  }

  updateEntry(
    ownerId: string,
    entryId: string,
    change: EntryChangeInput,
    expectedVersion?: number | null,
  ): Promise<Pack> {
    return this.extras.update(ownerId, entryId, change, expectedVersion);
  }

  removeEntry(ownerId: string, entryId: string, expectedVersion?: number | null): Promise<Pack> {
    return this.extras.remove(ownerId, entryId, expectedVersion);
  }

  /** Keeps the order of categories for the pack's grouped contents (see requireCategoryOrder). */
  async setCategoryOrder(
    ownerId: string,
    packId: string,
    categoryIds: readonly string[],
    expectedVersion?: number | null,
  ): Promise<Pack> {
    return this.owned.packs.claim(ownerId, packId, expectedVersion, async (tx) => {
      const categoryOrder = await requireCategoryOrder(tx, ownerId, categoryIds);
      return tx.pack.update({ where: { id: packId }, data: { categoryOrder } });
    });
  }

  /** The ids, checked to be the owner's lists and distinct; NOT_FOUND names the first that is not. */
  private async requireLists(ownerId: string, listIds: string[], field: string): Promise<string[]> {
    if (listIds.length > MAX_PACK_LISTS) throw badUserInput(`At most ${MAX_PACK_LISTS} lists.`, field);
    if (new Set(listIds).size !== listIds.length) throw badUserInput('A list can be in a pack once.', field);
    await this.owned.lists.requireAll(ownerId, listIds);
    return listIds;
  }
}
