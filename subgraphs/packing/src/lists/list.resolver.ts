import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import { keptCategories } from '../category-order/kept-categories.js';
import { listCategoryGroups, type ListCategoryGroupView } from '../contents/grouped-contents.js';
import { listLines } from '../contents/lines.js';
import type { Category, GearList, ListEntry, ShareLink } from '../generated/prisma/client.js';
import { priceTotals, weightSummaryView, type WeightSummaryView } from '../summaries/summary-view.js';

/** Fields of a list. Reached only through an ownership-checked root (or a share token). */
@Resolver('List')
export class ListResolver {
  @ResolveField('entries')
  entries(@Parent() list: GearList, @Context() context: SubgraphContext): Promise<ListEntry[]> {
    return context.loaders.entriesByList.load(list.id);
  }

  @ResolveField('summary')
  async summary(@Parent() list: GearList, @Context() context: SubgraphContext): Promise<WeightSummaryView> {
    return weightSummaryView(context.loaders, await listLines(context.loaders, list.id));
  }

  @ResolveField('priceTotals')
  async priceTotals(@Parent() list: GearList, @Context() context: SubgraphContext) {
    return priceTotals(await listLines(context.loaders, list.id));
  }

  @ResolveField('shareLinks')
  shareLinks(@Parent() list: GearList, @Context() context: SubgraphContext): Promise<ShareLink[]> {
    return context.loaders.shareLinksByList.load(list.id);
  }

  @ResolveField('categoryOrder')
  categoryOrder(@Parent() list: GearList, @Context() context: SubgraphContext): Promise<Category[]> {
    return keptCategories(context.loaders, list.categoryOrder);
  }

  @ResolveField('categoryGroups')
  categoryGroups(
    @Parent() list: GearList,
    @Context() context: SubgraphContext,
  ): Promise<ListCategoryGroupView[]> {
    return listCategoryGroups(context.loaders, list);
  }
}
