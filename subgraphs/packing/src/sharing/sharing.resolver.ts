import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ResultOf } from '../generated/graphql.js';
import { writerId } from '../ownership/caller-ids.js';
import { listCategoryGroups, packGroups } from '../contents/grouped-contents.js';
import { listLines, packLines } from '../contents/lines.js';
import { ShareService } from './share.service.js';
import { sharedCategoryGroups } from './shared-category-groups.js';
import { sharedEntries } from './shared-entries.js';
import { sharedWeightSummary } from './shared-summary.js';

@Resolver('Query')
export class SharedQueriesResolver {
  constructor(@Inject(ShareService) private readonly shares: ShareService) {}

  @Query('sharedList')
  sharedList(@Args() { token }: ArgsOf<'Query', 'sharedList'>): Promise<ResultOf<'Query', 'sharedList'>> {
    return this.shares.sharedList(token);
  }

  @Query('sharedPack')
  sharedPack(@Args() { token }: ArgsOf<'Query', 'sharedPack'>): Promise<ResultOf<'Query', 'sharedPack'>> {
    return this.shares.sharedPack(token);
  }
}

@Resolver('SharedList')
export class SharedListResolver {
  @ResolveField('entries')
  async entries(
    @Parent() list: ParentOf<'SharedList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'SharedList', 'entries'>> {
    return sharedEntries(context.loaders, await listLines(context.loaders, list.id));
  }

  @ResolveField('summary')
  async summary(
    @Parent() list: ParentOf<'SharedList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'SharedList', 'summary'>> {
    return sharedWeightSummary(context.loaders, await listLines(context.loaders, list.id));
  }

  @ResolveField('categoryGroups')
  async categoryGroups(
    @Parent() list: ParentOf<'SharedList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'SharedList', 'categoryGroups'>> {
    const groups = await listCategoryGroups(context.loaders, list);
    return sharedCategoryGroups(
      context.loaders,
      groups.map(({ category, entries, subtotal }) => ({ category, lines: entries, subtotal })),
    );
  }
}

@Resolver('SharedPack')
export class SharedPackResolver {
  @ResolveField('entries')
  async entries(
    @Parent() pack: ParentOf<'SharedPack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'SharedPack', 'entries'>> {
    return sharedEntries(context.loaders, await packLines(context.loaders, pack.id));
  }

  @ResolveField('summary')
  async summary(
    @Parent() pack: ParentOf<'SharedPack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'SharedPack', 'summary'>> {
    return sharedWeightSummary(context.loaders, await packLines(context.loaders, pack.id));
  }

  @ResolveField('categoryGroups')
  async categoryGroups(
    @Parent() pack: ParentOf<'SharedPack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'SharedPack', 'categoryGroups'>> {
    return sharedCategoryGroups(context.loaders, await packGroups(context.loaders, pack, 'CATEGORY'));
  }
}

@Resolver('Mutation')
export class SharingMutationsResolver {
  constructor(@Inject(ShareService) private readonly shares: ShareService) {}

  @Mutation('shareList')
  shareList(
    @Args() { listId }: ArgsOf<'Mutation', 'shareList'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'shareList'>> {
    return this.shares.shareList(writerId(context), listId);
  }

  @Mutation('sharePack')
  sharePack(
    @Args() { packId }: ArgsOf<'Mutation', 'sharePack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'sharePack'>> {
    return this.shares.sharePack(writerId(context), packId);
  }

  @Mutation('revokeShareLink')
  revoke(
    @Args() { id }: ArgsOf<'Mutation', 'revokeShareLink'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Mutation', 'revokeShareLink'>> {
    return this.shares.revoke(writerId(context), id);
  }
}
