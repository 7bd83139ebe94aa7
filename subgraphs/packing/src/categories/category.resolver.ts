import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ResultOf } from '../generated/graphql.js';
import { ownUserId, writerId } from '../ownership/caller-ids.js';
import { CategoryService } from './category.service.js';

@Resolver('User')
export class UserCategoriesResolver {
  constructor(@Inject(CategoryService) private readonly categories: CategoryService) {}

  @ResolveField('categories')
  categoriesOf(
    @Parent() user: ParentOf<'User'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'categories'>> {
    return this.categories.listForOwner(ownUserId(context, user));
  }
}

@Resolver('Mutation')
export class CategoryMutationsResolver {
  constructor(@Inject(CategoryService) private readonly categories: CategoryService) {}

  @Mutation('createCategory')
  create(
    @Args() { input }: ArgsOf<'Mutation', 'createCategory'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'createCategory'>> {
    return this.categories.create(writerId(context), input);
  }

  @Mutation('updateCategory')
  update(
    @Args() { id, input }: ArgsOf<'Mutation', 'updateCategory'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updateCategory'>> {
    return this.categories.update(writerId(context), id, input);
  }

  @Mutation('deleteCategory')
  delete(
    @Args() { id }: ArgsOf<'Mutation', 'deleteCategory'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'deleteCategory'>> {
    return this.categories.delete(writerId(context), id);
  }
}
