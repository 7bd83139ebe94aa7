import { badUserInput, conflict, notFound } from '@packyourbag/service-kit';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { EntryChangeInput, EntryInput } from '../generated/graphql.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { OwnedRepository } from '../ownership/owned-repository.js';
import { requireUuid } from '../ownership/require-uuid.js';
import { applyEntryChange, validateEntry, type ValidEntry } from './entry-validation.js';

/** Entries of one list or of one pack's extras. */
export const MAX_ENTRIES = 1000;

type Tx = Prisma.TransactionClient;

/** Where one kind of entry lives: list entries (by list) or a pack's extra entries (by pack). */
export interface EntryStore {
  /** The GraphQL type name errors use ("ListEntry"). */
  what: string;
  /** The CONFLICT message for an item the parent already holds. */
  alreadyThere: string;
  /** The entry, when its parent is the owner's, with its parent's id. */
  findOwned(
    database: PackingDatabase,
    ownerId: string,
    entryId: string,
  ): Promise<(ValidEntry & { parentId: string }) | null>;
  /** Item and position of each of the parent's entries. */
  positions(tx: Tx, parentId: string): Promise<{ itemId: string; position: number }[]>;
  insert(tx: Tx, parentId: string, entry: ValidEntry, position: number): Promise<unknown>;
  change(tx: Tx, entryId: string, next: Omit<ValidEntry, 'itemId'>): Promise<unknown>;
  remove(tx: Tx, entryId: string): Promise<unknown>;
}

/**
 * Adds, changes and removes the entries of a list or a pack (docs/decisions/1301). Every edit
 * claims the parent's version in the same transaction and answers the parent as it is after it.
 */
export class EntryEditor<Parent extends { id: string; createdAt: Date; version: number }> {
  constructor(
    private readonly database: PackingDatabase,
    private readonly parents: OwnedRepository<Parent>,
    private readonly items: OwnedRepository<{ id: string; createdAt: Date; version: number }>,
    private readonly store: EntryStore,
  ) {}

  /** Appends the entry; CONFLICT when the item is already there, NOT_FOUND when it is not the owner's. */
  async add(
    ownerId: string,
    parentId: string,
    input: EntryInput,
    expectedVersion?: number | null,
  ): Promise<Parent> {
    const entry = validateEntry(input, 'input');
    await this.items.requireAll(ownerId, [entry.itemId]);
    return this.parents.claim(ownerId, parentId, expectedVersion, async (tx) => {
      const existing = await this.store.positions(tx, parentId);
      if (existing.some((row) => row.itemId === entry.itemId))
        throw conflict(this.store.alreadyThere, 'input.itemId');
      if (existing.length >= MAX_ENTRIES)
        throw badUserInput(`At most ${MAX_ENTRIES} entries.`, 'input.itemId');
      const position = existing.reduce((max, row) => Math.max(max, row.position + 1), 0);
      await this.store.insert(tx, parentId, entry, position);
      return this.parents.get(ownerId, parentId, tx);
    });
  }

  async update(
    ownerId: string,
    entryId: string,
    change: EntryChangeInput,
    expectedVersion?: number | null,
  ): Promise<Parent> {
    const entry = await this.owned(ownerId, entryId);
    const next = applyEntryChange(entry, change, 'input');
    return this.parents.claim(ownerId, entry.parentId, expectedVersion, async (tx) => {
      await this.store.change(tx, entryId, next);
      return this.parents.get(ownerId, entry.parentId, tx);
    });
  }

  async remove(ownerId: string, entryId: string, expectedVersion?: number | null): Promise<Parent> {
    const entry = await this.owned(ownerId, entryId);
    return this.parents.claim(ownerId, entry.parentId, expectedVersion, async (tx) => {
      await this.store.remove(tx, entryId);
      return this.parents.get(ownerId, entry.parentId, tx);
    });
  }

  private async owned(ownerId: string, entryId: string): Promise<ValidEntry & { parentId: string }> {
    requireUuid(this.store.what, entryId);
    const entry = await this.store.findOwned(this.database, ownerId, entryId);
    if (!entry) throw notFound(this.store.what, entryId);
    return entry;
  }
}
