import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ParentOf, ResultOf } from '../generated/graphql.js';
import { keptCategories } from '../category-order/kept-categories.js';
import { listCategoryGroups } from '../contents/grouped-contents.js';
import { listLines } from '../contents/lines.js';
import { priceTotals, weightSummaryView } from '../summaries/summary-view.js';

/** Fields of a list. Reached only through an ownership-checked root (or a share token). */
@Resolver('List')
export class ListResolver {
  @ResolveField('entries')
  entries(
    @Parent() list: ParentOf<'List'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'List', 'entries'>> {
    return context.loaders.entriesByList.load(list.id);
  }

  @ResolveField('summary')
  async summary(
    @Parent() list: ParentOf<'List'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'List', 'summary'>> {
    return weightSummaryView(context.loaders, await listLines(context.loaders, list.id));
  }

  @ResolveField('priceTotals')
  async priceTotals(
    @Parent() list: ParentOf<'List'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'List', 'priceTotals'>> {
    return priceTotals(await listLines(context.loaders, list.id));
  }

  @ResolveField('shareLinks')
  shareLinks(
    @Parent() list: ParentOf<'List'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'List', 'shareLinks'>> {
    return context.loaders.shareLinksByList.load(list.id);
  }

  @ResolveField('categoryOrder')
  categoryOrder(
    @Parent() list: ParentOf<'List'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'List', 'categoryOrder'>> {
    return keptCategories(context.loaders, list.categoryOrder);
  }

  @ResolveField('categoryGroups')
  categoryGroups(
    @Parent() list: ParentOf<'List'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'List', 'categoryGroups'>> {
    return listCategoryGroups(context.loaders, list);
  }
}
