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
import type { PackingLoaders } from '../loaders/create-loaders.js';
import { writerId } from '../ownership/caller-ids.js';
import { listLines, packLines, type ItemLine } from '../contents/lines.js';
import { ShareService } from './share.service.js';
import { sharedWeightSummary } from './shared-summary.js';

/**
 * What a share link shows: names, descriptions, weights, quantities, categories (name and color)
 * and product links. Never the owner, ids, notes (item or entry) or prices (docs/decisions/0805).
 */
async function sharedEntries(loaders: PackingLoaders, lines: ItemLine[]) {
  const categories = await loaders.categoryById.loadMany(
    lines.flatMap((line) => (line.item.categoryId ? [line.item.categoryId] : [])),
  );
  const byId = new Map(categories.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c]] : [])));
  return lines.map(({ item, quantity, wornQuantity, consumable }) => {
    const category = item.categoryId ? byId.get(item.categoryId) : undefined;
    return {
      name: item.name,
      description: item.description,
      category: category ? { name: category.name, colorIndex: category.colorIndex } : null,
      weightMg: item.weightMg,
      quantity,
      wornQuantity,
      consumable,
      link: item.link,
    };
  });
}

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
