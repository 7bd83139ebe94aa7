import type { Prisma } from '../generated/prisma/client.js';
import type { LibraryItem } from './plan-import.js';

/** The owner's items that an import may reuse: not archived, oldest first. */
export async function reusableItems(
  client: Prisma.TransactionClient,
  ownerId: string,
): Promise<LibraryItem[]> {
  const items = await client.item.findMany({
    where: { ownerId, archived: false },
    select: { id: true, name: true, weightMg: true, category: { select: { name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return items.map((item) => ({
    id: item.id,
    name: item.name,
    weightMg: item.weightMg,
    categoryName: item.category?.name ?? null,
  }));
}
