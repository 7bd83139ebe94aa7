import { badUserInput } from '@packyourbag/service-kit';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreateListInput, EntryChangeInput, EntryInput, UpdateListInput } from '../generated/graphql.js';
import type { GearList } from '../generated/prisma/client.js';
import type { Connection, PageRequest } from '../pagination/cursor-page.js';
import { requireCategoryOrder } from '../category-order/category-order-input.js';
import { EntryEditor, MAX_ENTRIES } from '../entries/entry-editor.js';
import { listEntries } from '../entries/entry-stores.js';
import { validateEntry } from '../entries/entry-validation.js';
import { ownedRepositories, type OwnedRepositories } from '../ownership/owned-repositories.js';
import * as rules from '../validation/input-rules.js';

/** Reusable lists and their ordered entries. Every read and write is scoped by owner. */
export class ListService {
  private readonly owned: OwnedRepositories;
  private readonly entries: EntryEditor<GearList>;

  constructor(private readonly database: PackingDatabase) {
    this.owned = ownedRepositories(database);
    this.entries = new EntryEditor(database, this.owned.lists, this.owned.items, listEntries);
  }

  listForOwner(ownerId: string, page: PageRequest): Promise<Connection<GearList>> {
    return this.owned.lists.pageForOwner(ownerId, page);
  }

  get(ownerId: string, id: string): Promise<GearList> {
    return this.owned.lists.get(ownerId, id);
  }

  async create(ownerId: string, input: CreateListInput): Promise<GearList> {
    const name = rules.name(input.name, 'input.name');
    const description = rules.optionalText(input.description, 'input.description');
    const colorIndex =
      input.colorIndex == null ? null : rules.colorIndex(input.colorIndex, 'input.colorIndex');
    const entries = (input.entries ?? []).map((entry, index) =>
      validateEntry(entry, `input.entries.${index}`),
    );
    if (entries.length > MAX_ENTRIES) throw badUserInput(`At most ${MAX_ENTRIES} entries.`, 'input.entries');
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.itemId))
        throw badUserInput('An item can be in a list once.', `input.entries.${index}.itemId`);
      seen.add(entry.itemId);
    });
    await this.owned.items.requireAll(
      ownerId,
      entries.map((entry) => entry.itemId),
    );
    return this.database.$transaction(async (tx) => {
      const list = await tx.gearList.create({ data: { ownerId, name, description, colorIndex } });
      await tx.listEntry.createMany({
        data: entries.map((entry, position) => ({ ...entry, listId: list.id, position })),
      });
      return list;
    });
  }

  async update(ownerId: string, id: string, input: UpdateListInput): Promise<GearList> {
    const data = {
      ...(input.name != null ? { name: rules.name(input.name, 'input.name') } : {}),
      ...(input.description !== undefined
        ? { description: rules.optionalText(input.description, 'input.description') }
        : {}),
      ...(input.colorIndex !== undefined
        ? {
            colorIndex:
              input.colorIndex === null ? null : rules.colorIndex(input.colorIndex, 'input.colorIndex'),
          }
        : {}),
    };
    return this.owned.lists.claim(ownerId, id, input.expectedVersion, (tx) =>
      tx.gearList.update({ where: { id }, data }),
    );
  }

  delete(ownerId: string, id: string): Promise<string> {
    return this.owned.lists.delete(ownerId, id);
  }

  /** A new list with the same entries (the same library items), named `name` or "<name> (copy)". */
  async duplicate(ownerId: string, id: string, name?: string | null): Promise<GearList> {
    const source = await this.get(ownerId, id);
    const copyName =
      name == null ? `${source.name} (copy)`.slice(0, rules.MAX_NAME_LENGTH) : rules.name(name, 'name');
    return this.database.$transaction(async (tx) => {
      const entries = await tx.listEntry.findMany({ where: { listId: id }, orderBy: { position: 'asc' } });
      const copy = await tx.gearList.create({
        data: {
          ownerId,
          name: copyName,
          description: source.description,
          colorIndex: source.colorIndex,
          categoryOrder: source.categoryOrder,
        },
      });
      await tx.listEntry.createMany({
        data: entries.map(({ itemId, quantity, wornQuantity, consumable, note }, position) => ({
          listId: copy.id,
          itemId,
          quantity,
          wornQuantity,
          consumable,
          note,
          position,
        })),
      });
      return copy;
    });
  }

  addEntry(
    ownerId: string,
    listId: string,
    input: EntryInput,
    expectedVersion?: number | null,
  ): Promise<GearList> {
    return this.entries.add(ownerId, listId, input, expectedVersion);
  }

  updateEntry(
    ownerId: string,
    entryId: string,
    change: EntryChangeInput,
    expectedVersion?: number | null,
  ): Promise<GearList> {
    return this.entries.update(ownerId, entryId, change, expectedVersion);
  }

  removeEntry(ownerId: string, entryId: string, expectedVersion?: number | null): Promise<GearList> {
    return this.entries.remove(ownerId, entryId, expectedVersion);
  }

  /** `entryIds` must be exactly the list's entries, each once. */
  async reorder(
    ownerId: string,
    listId: string,
    entryIds: string[],
    expectedVersion?: number | null,
  ): Promise<GearList> {
    return this.owned.lists.claim(ownerId, listId, expectedVersion, async (tx) => {
      const entries = await tx.listEntry.findMany({ where: { listId }, select: { id: true } });
      const current = new Set(entries.map((entry) => entry.id));
      if (
        new Set(entryIds).size !== entryIds.length ||
        entryIds.length !== current.size ||
        !entryIds.every((id) => current.has(id))
      ) {
        throw badUserInput("entryIds must list each of the list's entries exactly once.", 'entryIds');
      }
      await Promise.all(
        entryIds.map((id, position) => tx.listEntry.update({ where: { id }, data: { position } })),
      );
      return tx.gearList.findUniqueOrThrow({ where: { id: listId } });
    });
  }

  /** Keeps the order of categories for the list's grouped view (see requireCategoryOrder). */
  async setCategoryOrder(
    ownerId: string,
    listId: string,
    categoryIds: readonly string[],
    expectedVersion?: number | null,
  ): Promise<GearList> {
    return this.owned.lists.claim(ownerId, listId, expectedVersion, async (tx) => {
      const categoryOrder = await requireCategoryOrder(tx, ownerId, categoryIds);
      return tx.gearList.update({ where: { id: listId }, data: { categoryOrder } });
    });
  }
}
