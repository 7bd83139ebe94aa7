import { badUserInput, conflict, notFound } from '@packyourbag/service-kit';
import { bumpVersion } from '../concurrency/bump-version.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreateListInput, EntryChangeInput, EntryInput, UpdateListInput } from '../generated/graphql.js';
import type { GearList, Prisma } from '../generated/prisma/client.js';
import {
  toConnection,
  type Connection,
  type PageRequest,
  newestFirstAfter,
  NEWEST_FIRST,
} from '../pagination/cursor-page.js';
import { requireCategoryOrder } from '../category-order/category-order-input.js';
import { requireUuid } from '../ownership/require-uuid.js';
import * as rules from '../validation/input-rules.js';
import { applyEntryChange, validateEntry } from './entry-validation.js';

export const MAX_LIST_ENTRIES = 1000;

type Tx = Prisma.TransactionClient;

/** Reusable lists and their ordered entries. Every read and write is scoped by owner. */
export class ListService {
  constructor(private readonly database: PackingDatabase) {}

  async listForOwner(ownerId: string, page: PageRequest): Promise<Connection<GearList>> {
    const [rows, totalCount] = await Promise.all([
      this.database.gearList.findMany({
        where: { ownerId, ...newestFirstAfter(page.after) },
        orderBy: [...NEWEST_FIRST],
        take: page.first + 1,
      }),
      this.database.gearList.count({ where: { ownerId } }),
    ]);
    return toConnection(rows, page.first, totalCount);
  }

  async get(ownerId: string, id: string): Promise<GearList> {
    requireUuid('List', id);
    const list = await this.database.gearList.findFirst({ where: { id, ownerId } });
    if (!list) throw notFound('List', id);
    return list;
  }

  async create(ownerId: string, input: CreateListInput): Promise<GearList> {
    const name = rules.name(input.name, 'input.name');
    const description = rules.optionalText(input.description, 'input.description');
    const colorIndex =
      input.colorIndex == null ? null : rules.colorIndex(input.colorIndex, 'input.colorIndex');
    const entries = (input.entries ?? []).map((entry, index) =>
      validateEntry(entry, `input.entries.${index}`),
    );
    if (entries.length > MAX_LIST_ENTRIES)
      throw badUserInput(`At most ${MAX_LIST_ENTRIES} entries.`, 'input.entries');
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.itemId))
        throw badUserInput('An item can be in a list once.', `input.entries.${index}.itemId`);
      seen.add(entry.itemId);
    });
    await this.requireItems(
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
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, id, input.expectedVersion);
      return tx.gearList.update({ where: { id }, data });
    });
  }

  async delete(ownerId: string, id: string): Promise<string> {
    requireUuid('List', id);
    const { count } = await this.database.gearList.deleteMany({ where: { id, ownerId } });
    if (count === 0) throw notFound('List', id);
    return id;
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

  async addEntry(
    ownerId: string,
    listId: string,
    input: EntryInput,
    expectedVersion?: number | null,
  ): Promise<GearList> {
    const entry = validateEntry(input, 'input');
    await this.requireItems(ownerId, [entry.itemId]);
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, listId, expectedVersion);
      const existing = await tx.listEntry.findMany({
        where: { listId },
        select: { itemId: true, position: true },
      });
      if (existing.some((row) => row.itemId === entry.itemId)) {
        throw conflict('This item is already in the list; change its quantity instead.', 'input.itemId');
      }
      if (existing.length >= MAX_LIST_ENTRIES)
        throw badUserInput(`At most ${MAX_LIST_ENTRIES} entries.`, 'input.itemId');
      const position = existing.reduce((max, row) => Math.max(max, row.position + 1), 0);
      await tx.listEntry.create({ data: { ...entry, listId, position } });
      return tx.gearList.findUniqueOrThrow({ where: { id: listId } });
    });
  }

  async updateEntry(
    ownerId: string,
    entryId: string,
    change: EntryChangeInput,
    expectedVersion?: number | null,
  ): Promise<GearList> {
    requireUuid('ListEntry', entryId);
    const entry = await this.database.listEntry.findFirst({ where: { id: entryId, list: { ownerId } } });
    if (!entry) throw notFound('ListEntry', entryId);
    const next = applyEntryChange(entry, change, 'input');
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, entry.listId, expectedVersion);
      await tx.listEntry.update({ where: { id: entryId }, data: next });
      return tx.gearList.findUniqueOrThrow({ where: { id: entry.listId } });
    });
  }

  async removeEntry(ownerId: string, entryId: string, expectedVersion?: number | null): Promise<GearList> {
    requireUuid('ListEntry', entryId);
    const entry = await this.database.listEntry.findFirst({ where: { id: entryId, list: { ownerId } } });
    if (!entry) throw notFound('ListEntry', entryId);
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, entry.listId, expectedVersion);
      await tx.listEntry.deleteMany({ where: { id: entryId } });
      return tx.gearList.findUniqueOrThrow({ where: { id: entry.listId } });
    });
  }

  /** `entryIds` must be exactly the list's entries, each once. */
  async reorder(
    ownerId: string,
    listId: string,
    entryIds: string[],
    expectedVersion?: number | null,
  ): Promise<GearList> {
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, listId, expectedVersion);
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
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, listId, expectedVersion);
      const categoryOrder = await requireCategoryOrder(tx, ownerId, categoryIds);
      return tx.gearList.update({ where: { id: listId }, data: { categoryOrder } });
    });
  }

  /** NOT_FOUND naming the first item id that is not the owner's. */
  async requireItems(ownerId: string, itemIds: string[]): Promise<void> {
    if (itemIds.length === 0) return;
    itemIds.forEach((id) => requireUuid('Item', id));
    const found = await this.database.item.findMany({
      where: { id: { in: itemIds }, ownerId },
      select: { id: true },
    });
    const owned = new Set(found.map((item) => item.id));
    const missing = itemIds.find((id) => !owned.has(id));
    if (missing) throw notFound('Item', missing);
  }

  private claim(tx: Tx, ownerId: string, id: string, expectedVersion?: number | null): Promise<void> {
    requireUuid('List', id);
    return bumpVersion('List', id, expectedVersion, {
      update: (version) =>
        tx.gearList.updateMany({
          where: { id, ownerId, ...(version === undefined ? {} : { version }) },
          data: { version: { increment: 1 } },
        }),
      readVersion: () => tx.gearList.findFirst({ where: { id, ownerId }, select: { version: true } }),
    });
  }
}
