import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type {
  MutationCreateCategoryArgs,
  MutationDeleteCategoryArgs,
  MutationUpdateCategoryArgs,
} from '../generated/graphql.js';
import type { Category } from '../generated/prisma/client.js';
import { ownUserId, writerId } from '../ownership/caller-ids.js';
import { CategoryService } from './category.service.js';

@Resolver('User')
export class UserCategoriesResolver {
  constructor(@Inject(CategoryService) private readonly categories: CategoryService) {}

  @ResolveField('categories')
  categoriesOf(@Parent() user: { id: string }, @Context() context: SubgraphContext): Promise<Category[]> {
    return this.categories.listForOwner(ownUserId(context, user));
  }
}

@Resolver('Mutation')
export class CategoryMutationsResolver {
  constructor(@Inject(CategoryService) private readonly categories: CategoryService) {}

  @Mutation('createCategory')
  create(
    @Args() { input }: MutationCreateCategoryArgs,
    @Context() context: SubgraphContext,
  ): Promise<Category> {
    return this.categories.create(writerId(context), input);
  }

  @Mutation('updateCategory')
  update(
    @Args() { id, input }: MutationUpdateCategoryArgs,
    @Context() context: SubgraphContext,
  ): Promise<Category> {
    return this.categories.update(writerId(context), id, input);
  }

  @Mutation('deleteCategory')
  delete(@Args() { id }: MutationDeleteCategoryArgs, @Context() context: SubgraphContext): Promise<string> {
    return this.categories.delete(writerId(context), id);
  }
}
