import { badUserInput, conflict } from '@packyourbag/service-kit';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { CreateCategoryInput, UpdateCategoryInput } from '../generated/graphql.js';
import { Prisma, type Category } from '../generated/prisma/client.js';
import { ownedRepositories, type OwnedRepositories } from '../ownership/owned-repositories.js';
import * as rules from '../validation/input-rules.js';

export const MAX_CATEGORIES = 100;

/** User-defined categories (name unique per user regardless of case, one of 10 palette colors). */
export class CategoryService {
  private readonly owned: OwnedRepositories;

  constructor(private readonly database: PackingDatabase) {
    this.owned = ownedRepositories(database);
  }

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
    const data = {
      ...(input.name != null ? { name: rules.name(input.name, 'input.name') } : {}),
      ...(input.colorIndex != null
        ? { colorIndex: rules.colorIndex(input.colorIndex, 'input.colorIndex') }
        : {}),
    };
    return this.owned.categories
      .claim(ownerId, id, input.expectedVersion, (tx) => tx.category.update({ where: { id }, data }))
      .catch(rethrowTakenName);
  }

  /** Deletes the category; its items stay in the library, uncategorised (the foreign key sets null). */
  delete(ownerId: string, id: string): Promise<string> {
    return this.owned.categories.delete(ownerId, id);
  }
}

function rethrowTakenName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw conflict('You already have a category with this name.', 'input.name');
  }
  throw error;
}
