import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type {
  MutationAddPackEntryArgs,
  MutationCreatePackArgs,
  MutationDeletePackArgs,
  MutationRemovePackEntryArgs,
  MutationSetPackCategoryOrderArgs,
  MutationSetPackListsArgs,
  MutationUpdatePackArgs,
  MutationUpdatePackEntryArgs,
  QueryPackArgs,
  UserPacksArgs,
} from '../generated/graphql.js';
import type { Pack } from '../generated/prisma/client.js';
import { ownUserId, readerId, writerId } from '../ownership/caller-ids.js';
import { readPageRequest, type Connection } from '../pagination/cursor-page.js';
import { PackService } from './pack.service.js';

@Resolver('User')
export class UserPacksResolver {
  constructor(@Inject(PackService) private readonly packs: PackService) {}

  @ResolveField('packs')
  packsOf(
    @Parent() user: { id: string },
    @Args() args: UserPacksArgs,
    @Context() context: SubgraphContext,
  ): Promise<Connection<Pack>> {
    return this.packs.listForOwner(ownUserId(context, user), readPageRequest(args.first, args.after));
  }
}

@Resolver('Query')
export class PackQueriesResolver {
  constructor(@Inject(PackService) private readonly packs: PackService) {}

  @Query('pack')
  pack(@Args() { id }: QueryPackArgs, @Context() context: SubgraphContext): Promise<Pack> {
    return this.packs.get(readerId(context), id);
  }
}

@Resolver('Mutation')
export class PackMutationsResolver {
  constructor(@Inject(PackService) private readonly packs: PackService) {}

  @Mutation('createPack')
  create(@Args() { input }: MutationCreatePackArgs, @Context() context: SubgraphContext) {
    return this.packs.create(writerId(context), input);
  }

  @Mutation('updatePack')
  update(@Args() { id, input }: MutationUpdatePackArgs, @Context() context: SubgraphContext) {
    return this.packs.update(writerId(context), id, input);
  }

  @Mutation('deletePack')
  delete(@Args() { id }: MutationDeletePackArgs, @Context() context: SubgraphContext) {
    return this.packs.delete(writerId(context), id);
  }

  @Mutation('setPackLists')
  setLists(@Args() args: MutationSetPackListsArgs, @Context() context: SubgraphContext) {
    return this.packs.setLists(writerId(context), args.packId, args.listIds, args.expectedVersion);
  }

  @Mutation('addPackEntry')
  addEntry(@Args() args: MutationAddPackEntryArgs, @Context() context: SubgraphContext) {
    return this.packs.addEntry(writerId(context), args.packId, args.input, args.expectedVersion);
  }

  @Mutation('updatePackEntry')
  updateEntry(@Args() args: MutationUpdatePackEntryArgs, @Context() context: SubgraphContext) {
    return this.packs.updateEntry(writerId(context), args.entryId, args.input, args.expectedVersion);
  }

  @Mutation('removePackEntry')
  removeEntry(@Args() args: MutationRemovePackEntryArgs, @Context() context: SubgraphContext) {
    return this.packs.removeEntry(writerId(context), args.entryId, args.expectedVersion);
  }

  @Mutation('setPackCategoryOrder')
  setCategoryOrder(@Args() args: MutationSetPackCategoryOrderArgs, @Context() context: SubgraphContext) {
    return this.packs.setCategoryOrder(
      writerId(context),
      args.packId,
      args.categoryIds,
      args.expectedVersion,
    );
  }
}
