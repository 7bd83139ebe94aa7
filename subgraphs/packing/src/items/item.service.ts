import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { UpdateItemInput } from '../generated/graphql.js';
import type { Item } from '../generated/prisma/client.js';
import { ownedRepositories, type OwnedRepositories } from '../ownership/owned-repositories.js';
import { requireUuid } from '../ownership/require-uuid.js';
import { countOnce, type Connection } from '../pagination/cursor-page.js';
import { ITEM_COLUMNS, itemOfRow } from './item-columns.js';
import { encodeItemCursor, SORT_KEYS, type ItemPageQuery } from './item-page.js';
import { validateItemDraft, type ItemDraft } from './item-validation.js';

export type ItemRecord = Item;

/** A user's gear library. Every query is scoped by owner: nobody reads another's items. */
export class ItemService {
  private readonly owned: OwnedRepositories;

  constructor(private readonly database: PackingDatabase) {
    this.owned = ownedRepositories(database);
  }

  async create(ownerId: string, draft: ItemDraft): Promise<Item> {
    const item = validateItemDraft(draft);
    if (item.categoryId) await this.requireCategory(ownerId, item.categoryId);
    return this.database.item.create({ data: { ownerId, ...item } });
  }

  /** Applies the fields given (null clears) when `expectedVersion` is current; CONFLICT otherwise. */
  async update(ownerId: string, id: string, input: UpdateItemInput): Promise<Item> {
    const current = await this.owned.items.get(ownerId, id);
    const { expectedVersion, archived, ...changes } = input;
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = validateItemDraft({
      ...current,
      ...given,
      name: changes.name ?? current.name,
      weightMg: changes.weightMg ?? current.weightMg,
    });
    if (next.categoryId && next.categoryId !== current.categoryId)
      await this.requireCategory(ownerId, next.categoryId);
    const data = { ...next, ...(archived === undefined || archived === null ? {} : { archived }) };
    return this.owned.items.claim(ownerId, id, expectedVersion, (tx) =>
      tx.item.update({ where: { id }, data }),
    );
  }

  /** Deletes the item; its list and pack entries and trip checks go with it. */
  delete(ownerId: string, id: string): Promise<string> {
    return this.owned.items.delete(ownerId, id);
  }

  /** One page in the requested order; the cursor holds the last row's sort keys (keyset paging); counted only when asked. */
  async listForOwner(ownerId: string, query: ItemPageQuery): Promise<Connection<Item>> {
    const keys = SORT_KEYS[query.field];
    const params: unknown[] = [ownerId];
    const param = (value: unknown, cast: string) => {
      params.push(value);
      return `$${params.length}::${cast}`;
    };
    const where = ['i.owner_id = $1::uuid'];
    if (!query.includeArchived) where.push('NOT i.archived');
    if (query.categoryId) requireUuid('Category', query.categoryId);
    if (query.categoryId) where.push(`i.category_id = ${param(query.categoryId, 'uuid')}`);
    if (query.search)
      where.push(`i.name ILIKE ${param(`%${query.search.replace(/[\\%_]/g, '\\$&')}%`, 'text')}`);
    const from = 'FROM packing.items i LEFT JOIN packing.categories c ON c.id = i.category_id';
    const countSql = `SELECT count(*)::int AS n ${from} WHERE ${where.join(' AND ')}`;
    const countParams = [...params];

    const direction = query.direction === 'DESC' ? 'DESC' : 'ASC';
    if (query.after) {
      const after = query.after;
      const bounds = keys.map((key, index) => param(after[index], key.cast));
      bounds.push(param(after[keys.length], 'uuid'));
      const columns = [...keys.map((key) => key.expression), 'i.id'];
      where.push(`(${columns.join(', ')}) ${direction === 'DESC' ? '<' : '>'} (${bounds.join(', ')})`);
    }
    const sortColumns = keys.map((_, index) => `k${index}`);
    const selected = keys.map((key, index) => `${key.expression} AS ${sortColumns[index]}`).join(', ');
    const order = [...keys.map((key) => `${key.expression} ${direction}`), `i.id ${direction}`].join(', ');
    // Whole rows and their sort keys in one statement (decision 1433).
    const pageSql = `SELECT ${ITEM_COLUMNS}, ${selected} ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${query.first + 1}`;

    const page = await this.database.$queryRawUnsafe<Record<string, unknown>[]>(pageSql, ...params);
    const edges = page.slice(0, query.first).map((row) => {
      const node = itemOfRow(row, sortColumns);
      const sortKeys = sortColumns.map((column) => {
        const value = row[column];
        return value instanceof Date ? value.toISOString() : (value as string | number);
      });
      return { cursor: encodeItemCursor(query.field, query.direction, [...sortKeys, node.id]), node };
    });
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: page.length > query.first, endCursor: edges.at(-1)?.cursor ?? null },
      // Only when the query selects it (see Connection).
      totalCount: countOnce(async () => {
        const counted = await this.database.$queryRawUnsafe<{ n: number }[]>(countSql, ...countParams);
        return Number(counted[0]?.n ?? 0);
      }),
    };
  }

  private requireCategory(ownerId: string, categoryId: string): Promise<void> {
    return this.owned.categories.requireAll(ownerId, [categoryId]);
  }
}
