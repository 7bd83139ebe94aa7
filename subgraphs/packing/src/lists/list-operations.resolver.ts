import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ResultOf } from '../generated/graphql.js';
import { ownUserId, readerId, writerId } from '../ownership/caller-ids.js';
import { readPageRequest } from '../pagination/cursor-page.js';
import { ListService } from './list.service.js';

@Resolver('User')
export class UserListsResolver {
  constructor(@Inject(ListService) private readonly lists: ListService) {}

  @ResolveField('lists')
  listsOf(
    @Parent() user: ParentOf<'User'>,
    @Args() args: ArgsOf<'User', 'lists'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'lists'>> {
    return this.lists.listForOwner(ownUserId(context, user), readPageRequest(args.first, args.after));
  }
}

@Resolver('Query')
export class ListQueriesResolver {
  constructor(@Inject(ListService) private readonly lists: ListService) {}

  @Query('list')
  list(
    @Args() { id }: ArgsOf<'Query', 'list'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Query', 'list'>> {
    return this.lists.get(readerId(context), id);
  }
}

@Resolver('Mutation')
export class ListMutationsResolver {
  constructor(@Inject(ListService) private readonly lists: ListService) {}

  @Mutation('createList')
  create(
    @Args() { input }: ArgsOf<'Mutation', 'createList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'createList'>> {
    return this.lists.create(writerId(context), input);
  }

  @Mutation('updateList')
  update(
    @Args() { id, input }: ArgsOf<'Mutation', 'updateList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updateList'>> {
    return this.lists.update(writerId(context), id, input);
  }

  @Mutation('deleteList')
  delete(
    @Args() { id }: ArgsOf<'Mutation', 'deleteList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'deleteList'>> {
    return this.lists.delete(writerId(context), id);
  }

  @Mutation('duplicateList')
  duplicate(
    @Args() { id, name }: ArgsOf<'Mutation', 'duplicateList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'duplicateList'>> {
    return this.lists.duplicate(writerId(context), id, name);
  }

  @Mutation('addListEntry')
  addEntry(
    @Args() args: ArgsOf<'Mutation', 'addListEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'addListEntry'>> {
    return this.lists.addEntry(writerId(context), args.listId, args.input, args.expectedVersion);
  }

  @Mutation('updateListEntry')
  updateEntry(
    @Args() args: ArgsOf<'Mutation', 'updateListEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updateListEntry'>> {
    return this.lists.updateEntry(writerId(context), args.entryId, args.input, args.expectedVersion);
  }

  @Mutation('removeListEntry')
  removeEntry(
    @Args() args: ArgsOf<'Mutation', 'removeListEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'removeListEntry'>> {
    return this.lists.removeEntry(writerId(context), args.entryId, args.expectedVersion);
  }

  @Mutation('reorderListEntries')
  reorder(
    @Args() args: ArgsOf<'Mutation', 'reorderListEntries'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'reorderListEntries'>> {
    return this.lists.reorder(writerId(context), args.listId, args.entryIds, args.expectedVersion);
  }

  @Mutation('setListCategoryOrder')
  setCategoryOrder(
    @Args() args: ArgsOf<'Mutation', 'setListCategoryOrder'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'setListCategoryOrder'>> {
    return this.lists.setCategoryOrder(
      writerId(context),
      args.listId,
      args.categoryIds,
      args.expectedVersion,
    );
  }
}
