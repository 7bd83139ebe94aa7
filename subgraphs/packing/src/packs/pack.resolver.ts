import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ResultOf } from '../generated/graphql.js';
import { keptCategories } from '../category-order/kept-categories.js';
import { lineView, packGroups } from '../contents/grouped-contents.js';
import { packLines } from '../contents/lines.js';
import { priceTotals, weightSummaryView } from '../summaries/summary-view.js';

@Resolver('Pack')
export class PackResolver {
  @ResolveField('lists')
  lists(
    @Parent() pack: ParentOf<'Pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'lists'>> {
    return context.loaders.listsByPack.load(pack.id);
  }

  @ResolveField('extraEntries')
  extraEntries(
    @Parent() pack: ParentOf<'Pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'extraEntries'>> {
    return context.loaders.extraEntriesByPack.load(pack.id);
  }

  @ResolveField('contents')
  async contents(
    @Parent() pack: ParentOf<'Pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'contents'>> {
    return (await packLines(context.loaders, pack.id)).map(lineView);
  }

  @ResolveField('groupedContents')
  groupedContents(
    @Parent() pack: ParentOf<'Pack'>,
    @Args() { by }: ArgsOf<'Pack', 'groupedContents'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'groupedContents'>> {
    return packGroups(context.loaders, pack, by);
  }

  @ResolveField('categoryOrder')
  categoryOrder(
    @Parent() pack: ParentOf<'Pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'categoryOrder'>> {
    return keptCategories(context.loaders, pack.categoryOrder);
  }

  @ResolveField('summary')
  async summary(
    @Parent() pack: ParentOf<'Pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'summary'>> {
    return weightSummaryView(context.loaders, await packLines(context.loaders, pack.id));
  }

  @ResolveField('priceTotals')
  async priceTotals(
    @Parent() pack: ParentOf<'Pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'priceTotals'>> {
    return priceTotals(await packLines(context.loaders, pack.id));
  }

  @ResolveField('shareLinks')
  shareLinks(
    @Parent() pack: ParentOf<'Pack'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'Pack', 'shareLinks'>> {
    return context.loaders.shareLinksByPack.load(pack.id);
  }
}
