import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { PackGroupedContentsArgs } from '../generated/graphql.js';
import type { Category, GearList, Pack, PackEntry, ShareLink } from '../generated/prisma/client.js';
import { keptCategories } from '../category-order/kept-categories.js';
import { lineView, packGroups, type LineView, type PackGroupView } from '../contents/grouped-contents.js';
import { packLines } from '../contents/lines.js';
import { priceTotals, weightSummaryView, type WeightSummaryView } from '../summaries/summary-view.js';

@Resolver('Pack')
export class PackResolver {
  @ResolveField('lists')
  lists(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<GearList[]> {
    return context.loaders.listsByPack.load(pack.id);
  }

  @ResolveField('extraEntries')
  extraEntries(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<PackEntry[]> {
    return context.loaders.extraEntriesByPack.load(pack.id);
  }

  @ResolveField('contents')
  async contents(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<LineView[]> {
    return (await packLines(context.loaders, pack.id)).map(lineView);
  }

  @ResolveField('groupedContents')
  groupedContents(
    @Parent() pack: Pack,
    @Args() { by }: PackGroupedContentsArgs,
    @Context() context: SubgraphContext,
  ): Promise<PackGroupView[]> {
    return packGroups(context.loaders, pack, by);
  }

  @ResolveField('categoryOrder')
  categoryOrder(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<Category[]> {
    return keptCategories(context.loaders, pack.categoryOrder);
  }

  @ResolveField('summary')
  async summary(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<WeightSummaryView> {
    return weightSummaryView(context.loaders, await packLines(context.loaders, pack.id));
  }

  @ResolveField('priceTotals')
  async priceTotals(@Parent() pack: Pack, @Context() context: SubgraphContext) {
    return priceTotals(await packLines(context.loaders, pack.id));
  }

  @ResolveField('shareLinks')
  shareLinks(@Parent() pack: Pack, @Context() context: SubgraphContext): Promise<ShareLink[]> {
    return context.loaders.shareLinksByPack.load(pack.id);
  }
}
