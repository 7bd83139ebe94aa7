import type { PackingDatabase } from '../database/create-prisma-client.js';
import { toConnection, type Connection, type PageRequest } from '../pagination/cursor-page.js';
import { validateItemDraft, type ItemDraft } from './item-validation.js';

export interface ItemRecord {
  id: string;
  name: string;
  description: string | null;
  weightMg: number;
  createdAt: Date;
}

const itemColumns = { id: true, name: true, description: true, weightMg: true, createdAt: true } as const;

/** A user's gear library. Every query is scoped by owner: nobody reads another's items. */
export class ItemService {
  constructor(private readonly database: PackingDatabase) {}

  async create(ownerId: string, draft: ItemDraft): Promise<ItemRecord> {
    const item = validateItemDraft(draft);
    return this.database.item.create({
      data: { ownerId, name: item.name, description: item.description ?? null, weightMg: item.weightMg },
      select: itemColumns,
    });
  }

  /** Newest first; the cursor is the (createdAt, id) position, stable under inserts. */
  async listForOwner(ownerId: string, page: PageRequest): Promise<Connection<ItemRecord>> {
    const after = page.after;
    const [rows, totalCount] = await Promise.all([
      this.database.item.findMany({
        where: {
          ownerId,
          ...(after
            ? {
                OR: [
                  { createdAt: { lt: after.createdAt } },
                  { createdAt: after.createdAt, id: { lt: after.id } },
                ],
              }
            : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.first + 1,
        select: itemColumns,
      }),
      this.database.item.count({ where: { ownerId } }),
    ]);
    return toConnection(rows, page.first, totalCount);
  }
}
