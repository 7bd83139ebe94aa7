import { badUserInput, conflict, notFound } from '@packyourbag/service-kit';
import { bumpVersion } from '../concurrency/bump-version.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreatePackInput, EntryChangeInput, EntryInput, UpdatePackInput } from '../generated/graphql.js';
import type { Pack, Prisma } from '../generated/prisma/client.js';
import { applyEntryChange, validateEntry } from '../lists/entry-validation.js';
import { MAX_LIST_ENTRIES } from '../lists/list.service.js';
import { requireCategoryOrder } from '../category-order/category-order-input.js';
import { requireUuid } from '../ownership/require-uuid.js';
import {
  toConnection,
  type Connection,
  type PageRequest,
  newestFirstAfter,
  NEWEST_FIRST,
} from '../pagination/cursor-page.js';
import * as rules from '../validation/input-rules.js';

export const MAX_PACK_LISTS = 50;

type Tx = Prisma.TransactionClient;

/** Packs: ordered lists plus extra entries. Every read and write is scoped by owner. */
export class PackService {
  constructor(private readonly database: PackingDatabase) {}

  async listForOwner(ownerId: string, page: PageRequest): Promise<Connection<Pack>> {
    const [rows, totalCount] = await Promise.all([
      this.database.pack.findMany({
        where: { ownerId, ...newestFirstAfter(page.after) },
        orderBy: [...NEWEST_FIRST],
        take: page.first + 1,
      }),
      this.database.pack.count({ where: { ownerId } }),
    ]);
    return toConnection(rows, page.first, totalCount);
  }

  async get(ownerId: string, id: string): Promise<Pack> {
    requireUuid('Pack', id);
    const pack = await this.database.pack.findFirst({ where: { id, ownerId } });
    if (!pack) throw notFound('Pack', id);
    return pack;
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
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, id, input.expectedVersion);
      return tx.pack.update({ where: { id }, data });
    });
  }

  async delete(ownerId: string, id: string): Promise<string> {
    requireUuid('Pack', id);
    const { count } = await this.database.pack.deleteMany({ where: { id, ownerId } });
    if (count === 0) throw notFound('Pack', id);
    return id;
  }

  async setLists(
    ownerId: string,
    packId: string,
    listIds: string[],
    expectedVersion?: number | null,
  ): Promise<Pack> {
    const ordered = await this.requireLists(ownerId, listIds, 'listIds');
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, packId, expectedVersion);
      await tx.packList.deleteMany({ where: { packId } });
      await tx.packList.createMany({
        data: ordered.map((listId, position) => ({ packId, listId, position })),
      });
      return tx.pack.findUniqueOrThrow({ where: { id: packId } });
    });
  }

  async addEntry(
    ownerId: string,
    packId: string,
    input: EntryInput,
    expectedVersion?: number | null,
  ): Promise<Pack> {
    const entry = validateEntry(input, 'input');
    requireUuid('Item', entry.itemId);
    const item = await this.database.item.findFirst({
      where: { id: entry.itemId, ownerId },
      select: { id: true },
    });
    if (!item) throw notFound('Item', entry.itemId);
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, packId, expectedVersion);
      const existing = await tx.packEntry.findMany({
        where: { packId },
        select: { itemId: true, position: true },
      });
      if (existing.some((row) => row.itemId === entry.itemId)) {
        throw conflict(
          'This item is already among the pack’s extras; change its quantity instead.',
          'input.itemId',
        );
      }
      if (existing.length >= MAX_LIST_ENTRIES)
        throw badUserInput(`At most ${MAX_LIST_ENTRIES} entries.`, 'input.itemId');
      const position = existing.reduce((max, row) => Math.max(max, row.position + 1), 0);
      await tx.packEntry.create({ data: { ...entry, packId, position } });
      return tx.pack.findUniqueOrThrow({ where: { id: packId } });
    });
  }

  async updateEntry(
    ownerId: string,
    entryId: string,
    change: EntryChangeInput,
    expectedVersion?: number | null,
  ): Promise<Pack> {
    requireUuid('PackEntry', entryId);
    const entry = await this.database.packEntry.findFirst({ where: { id: entryId, pack: { ownerId } } });
    if (!entry) throw notFound('PackEntry', entryId);
    const next = applyEntryChange(entry, change, 'input');
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, entry.packId, expectedVersion);
      await tx.packEntry.update({ where: { id: entryId }, data: next });
      return tx.pack.findUniqueOrThrow({ where: { id: entry.packId } });
    });
  }

  async removeEntry(ownerId: string, entryId: string, expectedVersion?: number | null): Promise<Pack> {
    requireUuid('PackEntry', entryId);
    const entry = await this.database.packEntry.findFirst({ where: { id: entryId, pack: { ownerId } } });
    if (!entry) throw notFound('PackEntry', entryId);
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, entry.packId, expectedVersion);
      await tx.packEntry.deleteMany({ where: { id: entryId } });
      return tx.pack.findUniqueOrThrow({ where: { id: entry.packId } });
    });
  }

  /** The ids, checked to be the owner's lists and distinct; NOT_FOUND names the first that is not. */
  /** Keeps the order of categories for the pack's grouped contents (see requireCategoryOrder). */
  async setCategoryOrder(
    ownerId: string,
    packId: string,
    categoryIds: readonly string[],
    expectedVersion?: number | null,
  ): Promise<Pack> {
    return this.database.$transaction(async (tx) => {
      await this.claim(tx, ownerId, packId, expectedVersion);
      const categoryOrder = await requireCategoryOrder(tx, ownerId, categoryIds);
      return tx.pack.update({ where: { id: packId }, data: { categoryOrder } });
    });
  }

  private async requireLists(ownerId: string, listIds: string[], field: string): Promise<string[]> {
    if (listIds.length > MAX_PACK_LISTS) throw badUserInput(`At most ${MAX_PACK_LISTS} lists.`, field);
    if (new Set(listIds).size !== listIds.length) throw badUserInput('A list can be in a pack once.', field);
    listIds.forEach((id) => requireUuid('List', id));
    const found = await this.database.gearList.findMany({
      where: { id: { in: listIds }, ownerId },
      select: { id: true },
    });
    const owned = new Set(found.map((list) => list.id));
    const missing = listIds.find((id) => !owned.has(id));
    if (missing) throw notFound('List', missing);
    return listIds;
  }

  private claim(tx: Tx, ownerId: string, id: string, expectedVersion?: number | null): Promise<void> {
    requireUuid('Pack', id);
    return bumpVersion('Pack', id, expectedVersion, {
      update: (version) =>
        tx.pack.updateMany({
          where: { id, ownerId, ...(version === undefined ? {} : { version }) },
          data: { version: { increment: 1 } },
        }),
      readVersion: () => tx.pack.findFirst({ where: { id, ownerId }, select: { version: true } }),
    });
  }
}
