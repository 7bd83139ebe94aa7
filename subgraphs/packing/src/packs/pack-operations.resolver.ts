import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ResultOf } from '../generated/graphql.js';
import { ownUserId, readerId, writerId } from '../ownership/caller-ids.js';
import { readPageRequest } from '../pagination/cursor-page.js';
import { PackService } from './pack.service.js';

@Resolver('User')
export class UserPacksResolver {
  constructor(@Inject(PackService) private readonly packs: PackService) {}

  @ResolveField('packs')
  packsOf(
    @Parent() user: ParentOf<'User'>,
    @Args() args: ArgsOf<'User', 'packs'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'packs'>> {
    return this.packs.listForOwner(ownUserId(context, user), readPageRequest(args.first, args.after));
  }
}

@Resolver('Query')
export class PackQueriesResolver {
  constructor(@Inject(PackService) private readonly packs: PackService) {}

  @Query('pack')
  pack(
    @Args() { id }: ArgsOf<'Query', 'pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Query', 'pack'>> {
    return this.packs.get(readerId(context), id);
  }
}

@Resolver('Mutation')
export class PackMutationsResolver {
  constructor(@Inject(PackService) private readonly packs: PackService) {}

  @Mutation('createPack')
  create(
    @Args() { input }: ArgsOf<'Mutation', 'createPack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'createPack'>> {
    return this.packs.create(writerId(context), input);
  }

  @Mutation('updatePack')
  update(
    @Args() { id, input }: ArgsOf<'Mutation', 'updatePack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updatePack'>> {
    return this.packs.update(writerId(context), id, input);
  }

  @Mutation('deletePack')
  delete(
    @Args() { id }: ArgsOf<'Mutation', 'deletePack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'deletePack'>> {
    return this.packs.delete(writerId(context), id);
  }

  @Mutation('setPackLists')
  setLists(
    @Args() args: ArgsOf<'Mutation', 'setPackLists'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'setPackLists'>> {
    return this.packs.setLists(writerId(context), args.packId, args.listIds, args.expectedVersion);
  }

  @Mutation('addPackEntry')
  addEntry(
    @Args() args: ArgsOf<'Mutation', 'addPackEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'addPackEntry'>> {
    return this.packs.addEntry(writerId(context), args.packId, args.input, args.expectedVersion);
  }

  @Mutation('updatePackEntry')
  updateEntry(
    @Args() args: ArgsOf<'Mutation', 'updatePackEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'updatePackEntry'>> {
    return this.packs.updateEntry(writerId(context), args.entryId, args.input, args.expectedVersion);
  }

  @Mutation('removePackEntry')
  removeEntry(
    @Args() args: ArgsOf<'Mutation', 'removePackEntry'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'removePackEntry'>> {
    return this.packs.removeEntry(writerId(context), args.entryId, args.expectedVersion);
  }

  @Mutation('setPackCategoryOrder')
  setCategoryOrder(
    @Args() args: ArgsOf<'Mutation', 'setPackCategoryOrder'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'setPackCategoryOrder'>> {
    return this.packs.setCategoryOrder(
      writerId(context),
      args.packId,
      args.categoryIds,
      args.expectedVersion,
    );
  }
}
