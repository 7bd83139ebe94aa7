import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type {
  MutationRevokeShareLinkArgs,
  MutationShareListArgs,
  MutationSharePackArgs,
  QuerySharedListArgs,
  QuerySharedPackArgs,
} from '../generated/graphql.js';
import type { GearList, Pack } from '../generated/prisma/client.js';
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
  sharedList(@Args() { token }: QuerySharedListArgs): Promise<GearList> {
    return this.shares.sharedList(token);
  }

  @Query('sharedPack')
  sharedPack(@Args() { token }: QuerySharedPackArgs): Promise<Pack> {
    return this.shares.sharedPack(token);
  }
}

@Resolver('SharedList')
export class SharedListResolver {
  @ResolveField('entries')
  async entries(@Parent() list: GearList, @Context() context: SubgraphContext) {
    return sharedEntries(context.loaders, await listLines(context.loaders, list.id));
  }

  @ResolveField('summary')
  async summary(@Parent() list: GearList, @Context() context: SubgraphContext) {
    return sharedWeightSummary(context.loaders, await listLines(context.loaders, list.id));
  }

  @ResolveField('categoryGroups')
  async categoryGroups(@Parent() list: GearList, @Context() context: SubgraphContext) {
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
  async entries(@Parent() pack: Pack, @Context() context: SubgraphContext) {
    return sharedEntries(context.loaders, await packLines(context.loaders, pack.id));
  }

  @ResolveField('summary')
  async summary(@Parent() pack: Pack, @Context() context: SubgraphContext) {
    return sharedWeightSummary(context.loaders, await packLines(context.loaders, pack.id));
  }

  @ResolveField('categoryGroups')
  async categoryGroups(@Parent() pack: Pack, @Context() context: SubgraphContext) {
    return sharedCategoryGroups(context.loaders, await packGroups(context.loaders, pack, 'CATEGORY'));
  }
}

@Resolver('Mutation')
export class SharingMutationsResolver {
  constructor(@Inject(ShareService) private readonly shares: ShareService) {}

  @Mutation('shareList')
  shareList(@Args() { listId }: MutationShareListArgs, @Context() context: SubgraphContext) {
    return this.shares.shareList(writerId(context), listId);
  }

  @Mutation('sharePack')
  sharePack(@Args() { packId }: MutationSharePackArgs, @Context() context: SubgraphContext) {
    return this.shares.sharePack(writerId(context), packId);
  }

  @Mutation('revokeShareLink')
  revoke(@Args() { id }: MutationRevokeShareLinkArgs, @Context() context: SubgraphContext) {
    return this.shares.revoke(writerId(context), id);
  }
}
