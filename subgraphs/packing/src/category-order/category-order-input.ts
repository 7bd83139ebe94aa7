import { badUserInput } from '@packyourbag/service-kit';
import type { Prisma } from '../generated/prisma/client.js';
import { MAX_CATEGORIES } from '../categories/category.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A category order to keep for a list or pack: the caller's own categories, each at most once.
 * BAD_USER_INPUT names `categoryIds.N` for the first id that is malformed, repeated or not one of the
 * caller's (another user's category is as unknown as a missing one).
 */
export async function requireCategoryOrder(
  tx: Prisma.TransactionClient,
  ownerId: string,
  categoryIds: readonly string[],
): Promise<string[]> {
  if (categoryIds.length > MAX_CATEGORIES)
    throw badUserInput(`At most ${MAX_CATEGORIES} categories.`, 'categoryIds');
  const seen = new Set<string>();
  categoryIds.forEach((id, index) => {
    if (!UUID.test(id)) throw badUserInput('Unknown category.', `categoryIds.${index}`);
    if (seen.has(id.toLowerCase()))
      throw badUserInput('A category can be named once.', `categoryIds.${index}`);
    seen.add(id.toLowerCase());
  });
  const owned = await tx.category.findMany({
    where: { ownerId, id: { in: [...categoryIds] } },
    select: { id: true },
  });
  const known = new Set(owned.map((category) => category.id.toLowerCase()));
  const unknown = categoryIds.findIndex((id) => !known.has(id.toLowerCase()));
  if (unknown >= 0) throw badUserInput('Unknown category.', `categoryIds.${unknown}`);
  return categoryIds.map((id) => id.toLowerCase());
}
