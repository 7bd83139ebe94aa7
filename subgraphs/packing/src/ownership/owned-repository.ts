import { notFound } from '@packyourbag/service-kit';
import { bumpVersion } from '../concurrency/bump-version.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { Prisma } from '../generated/prisma/client.js';
import {
  NEWEST_FIRST,
  newestFirstAfter,
  toConnection,
  type Connection,
  type PageRequest,
} from '../pagination/cursor-page.js';
import { requireUuid } from './require-uuid.js';

/** The database or an open transaction: every read can run in either. */
export type PackingClient = PackingDatabase | Prisma.TransactionClient;

type OwnerWhere = { ownerId: string } & (ReturnType<typeof newestFirstAfter> | { id: { in: string[] } });

/** The Prisma calls this helper makes; the delegates of every owned model (item, list, …) have them. */
export interface OwnedTable<Row> {
  findFirst(args: { where: { id: string; ownerId: string } }): Promise<Row | null>;
  findMany(args: {
    where: OwnerWhere;
    orderBy?: (typeof NEWEST_FIRST)[number][];
    take?: number;
  }): Promise<Row[]>;
  count(args: { where: { ownerId: string } }): Promise<number>;
  deleteMany(args: { where: { id: string; ownerId: string } }): Promise<{ count: number }>;
  updateMany(args: {
    where: { id: string; ownerId: string; version?: number };
    data: { version: { increment: number } };
  }): Promise<{ count: number }>;
}

/**
 * One owner-scoped way to read, delete and version a model's rows (docs/decisions/1301). Another
 * user's id, a missing id and a malformed id all answer NOT_FOUND "<what> <id> was not found."
 */
export class OwnedRepository<Row extends { id: string; createdAt: Date; version: number }> {
  constructor(
    /** The GraphQL type name errors use ("List"). */
    readonly what: string,
    private readonly database: PackingDatabase,
    private readonly table: (client: PackingClient) => OwnedTable<Row>,
  ) {}

  async get(ownerId: string, id: string, client: PackingClient = this.database): Promise<Row> {
    requireUuid(this.what, id);
    const row = await this.table(client).findFirst({ where: { id, ownerId } });
    if (!row) throw notFound(this.what, id);
    return row;
  }

  /** A newest-first page of the owner's rows (keyset cursor on createdAt, id); counted only when asked. */
  async pageForOwner(ownerId: string, page: PageRequest): Promise<Connection<Row>> {
    const table = this.table(this.database);
    const rows = await table.findMany({
      where: { ownerId, ...newestFirstAfter(page.after) },
      orderBy: [...NEWEST_FIRST],
      take: page.first + 1,
    });
    return toConnection(rows, page.first, () => table.count({ where: { ownerId } }));
  }

  /** NOT_FOUND naming the first id that is not the owner's. */
  async requireAll(
    ownerId: string,
    ids: readonly string[],
    client: PackingClient = this.database,
  ): Promise<void> {
    if (ids.length === 0) return;
    ids.forEach((id) => requireUuid(this.what, id));
    const found = await this.table(client).findMany({ where: { ownerId, id: { in: [...ids] } } });
    const owned = new Set(found.map((row) => row.id));
    const missing = ids.find((id) => !owned.has(id));
    if (missing) throw notFound(this.what, missing);
  }

  async delete(ownerId: string, id: string): Promise<string> {
    requireUuid(this.what, id);
    const { count } = await this.table(this.database).deleteMany({ where: { id, ownerId } });
    if (count === 0) throw notFound(this.what, id);
    return id;
  }

  /**
   * Runs `change` in a transaction that first claims the row (see bumpVersion): raises its version
   * (only from `expectedVersion` when given, else CONFLICT with the current one) and holds its row
   * lock until commit, so concurrent changes of one row queue up. NOT_FOUND when not the owner's.
   */
  async claim<Result>(
    ownerId: string,
    id: string,
    expectedVersion: number | null | undefined,
    change: (tx: Prisma.TransactionClient) => Promise<Result>,
  ): Promise<Result> {
    requireUuid(this.what, id);
    return this.database.$transaction(async (tx) => {
      const table = this.table(tx);
      await bumpVersion(this.what, id, expectedVersion, {
        update: (version) =>
          table.updateMany({
            where: { id, ownerId, ...(version === undefined ? {} : { version }) },
            data: { version: { increment: 1 } },
          }),
        readVersion: () => table.findFirst({ where: { id, ownerId } }),
      });
      return change(tx);
    });
  }
}
