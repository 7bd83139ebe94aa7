import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type {
  MutationAddListEntryArgs,
  MutationCreateListArgs,
  MutationDeleteListArgs,
  MutationDuplicateListArgs,
  MutationRemoveListEntryArgs,
  MutationReorderListEntriesArgs,
  MutationSetListCategoryOrderArgs,
  MutationUpdateListArgs,
  MutationUpdateListEntryArgs,
  QueryListArgs,
  UserListsArgs,
} from '../generated/graphql.js';
import type { GearList } from '../generated/prisma/client.js';
import { ownUserId, readerId, writerId } from '../ownership/caller-ids.js';
import { readPageRequest, type Connection } from '../pagination/cursor-page.js';
import { ListService } from './list.service.js';

@Resolver('User')
export class UserListsResolver {
  constructor(@Inject(ListService) private readonly lists: ListService) {}

  @ResolveField('lists')
  listsOf(
    @Parent() user: { id: string },
    @Args() args: UserListsArgs,
    @Context() context: SubgraphContext,
  ): Promise<Connection<GearList>> {
    return this.lists.listForOwner(ownUserId(context, user), readPageRequest(args.first, args.after));
  }
}

@Resolver('Query')
export class ListQueriesResolver {
  constructor(@Inject(ListService) private readonly lists: ListService) {}

  @Query('list')
  list(@Args() { id }: QueryListArgs, @Context() context: SubgraphContext): Promise<GearList> {
    return this.lists.get(readerId(context), id);
  }
}

@Resolver('Mutation')
export class ListMutationsResolver {
  constructor(@Inject(ListService) private readonly lists: ListService) {}

  @Mutation('createList')
  create(@Args() { input }: MutationCreateListArgs, @Context() context: SubgraphContext) {
    return this.lists.create(writerId(context), input);
  }

  @Mutation('updateList')
  update(@Args() { id, input }: MutationUpdateListArgs, @Context() context: SubgraphContext) {
    return this.lists.update(writerId(context), id, input);
  }

  @Mutation('deleteList')
  delete(@Args() { id }: MutationDeleteListArgs, @Context() context: SubgraphContext) {
    return this.lists.delete(writerId(context), id);
  }

  @Mutation('duplicateList')
  duplicate(@Args() { id, name }: MutationDuplicateListArgs, @Context() context: SubgraphContext) {
    return this.lists.duplicate(writerId(context), id, name);
  }

  @Mutation('addListEntry')
  addEntry(@Args() args: MutationAddListEntryArgs, @Context() context: SubgraphContext) {
    return this.lists.addEntry(writerId(context), args.listId, args.input, args.expectedVersion);
  }

  @Mutation('updateListEntry')
  updateEntry(@Args() args: MutationUpdateListEntryArgs, @Context() context: SubgraphContext) {
    return this.lists.updateEntry(writerId(context), args.entryId, args.input, args.expectedVersion);
  }

  @Mutation('removeListEntry')
  removeEntry(@Args() args: MutationRemoveListEntryArgs, @Context() context: SubgraphContext) {
    return this.lists.removeEntry(writerId(context), args.entryId, args.expectedVersion);
  }

  @Mutation('reorderListEntries')
  reorder(@Args() args: MutationReorderListEntriesArgs, @Context() context: SubgraphContext) {
    return this.lists.reorder(writerId(context), args.listId, args.entryIds, args.expectedVersion);
  }

  @Mutation('setListCategoryOrder')
  setCategoryOrder(@Args() args: MutationSetListCategoryOrderArgs, @Context() context: SubgraphContext) {
    return this.lists.setCategoryOrder(
      writerId(context),
      args.listId,
      args.categoryIds,
      args.expectedVersion,
    );
  }
}
