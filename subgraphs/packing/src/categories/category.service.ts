import { badUserInput, conflict, notFound } from '@packyourbag/service-kit';
import { staleVersion } from '../concurrency/stale-version.js';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreateCategoryInput, UpdateCategoryInput } from '../generated/graphql.js';
import { Prisma, type Category } from '../generated/prisma/client.js';
import { requireUuid } from '../ownership/require-uuid.js';
import * as rules from '../validation/input-rules.js';

export const MAX_CATEGORIES = 100;

/** User-defined categories (name unique per user regardless of case, one of 10 palette colors). */
export class CategoryService {
  constructor(private readonly database: PackingDatabase) {}

  listForOwner(ownerId: string): Promise<Category[]> {
    return this.database.category.findMany({ where: { ownerId }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  async create(ownerId: string, input: CreateCategoryInput): Promise<Category> {
    const name = rules.name(input.name, 'input.name');
    const colorIndex = rules.colorIndex(input.colorIndex, 'input.colorIndex');
    const count = await this.database.category.count({ where: { ownerId } });
    if (count >= MAX_CATEGORIES) throw badUserInput(`At most ${MAX_CATEGORIES} categories.`, 'input.name');
    return this.database.category.create({ data: { ownerId, name, colorIndex } }).catch(rethrowTakenName);
  }

  async update(ownerId: string, id: string, input: UpdateCategoryInput): Promise<Category> {
    requireUuid('Category', id);
    const data = {
      ...(input.name != null ? { name: rules.name(input.name, 'input.name') } : {}),
      ...(input.colorIndex != null
        ? { colorIndex: rules.colorIndex(input.colorIndex, 'input.colorIndex') }
        : {}),
    };
    const result = await this.database.category
      .updateMany({
        where: { id, ownerId, version: input.expectedVersion },
        data: { ...data, version: { increment: 1 } },
      })
      .catch(rethrowTakenName);
    if (result.count === 0) {
      const now = await this.database.category.findFirst({
        where: { id, ownerId },
        select: { version: true },
      });
      if (!now) throw notFound('Category', id);
      throw staleVersion('Category', id, now.version);
    }
    return this.database.category.findUniqueOrThrow({ where: { id } });
  }

  /** Deletes the category; its items stay in the library, uncategorised (the foreign key sets null). */
  async delete(ownerId: string, id: string): Promise<string> {
    requireUuid('Category', id);
    const { count } = await this.database.category.deleteMany({ where: { id, ownerId } });
    if (count === 0) throw notFound('Category', id);
    return id;
  }
}

function rethrowTakenName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw conflict('You already have a category with this name.', 'input.name');
  }
  throw error;
}
