import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '../context.js';
import { categoriesOf, keptCategories } from '../category-order/kept-categories.js';
import type { Category, GearList, ListEntry, ShareLink } from '../generated/prisma/client.js';
import { listLines } from '../packs/pack-contents.js';
import { groupByCategory, type GroupSubtotalFigures } from '../summaries/category-groups.js';
import { priceTotals, weightSummaryView, type WeightSummaryView } from '../summaries/summary-view.js';

interface ListCategoryGroupView {
  category: Category | null;
  entries: ListEntry[];
  subtotal: GroupSubtotalFigures;
}

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
  async categoryGroups(
    @Parent() list: GearList,
    @Context() context: SubgraphContext,
  ): Promise<ListCategoryGroupView[]> {
    const groups = groupByCategory(await listLines(context.loaders, list.id), list.categoryOrder);
    const categories = await categoriesOf(
      context.loaders,
      groups.map((group) => group.categoryId),
    );
    return groups.map((group, index) => ({
      category: categories[index] ?? null,
      entries: group.lines,
      subtotal: group.subtotal,
    }));
  }
}

/** `item` of list entries and pack extra entries alike. */
@Resolver('ListEntry')
export class ListEntryResolver {
  @ResolveField('item')
  item(@Parent() entry: { itemId: string }, @Context() context: SubgraphContext) {
    return context.loaders.itemById.load(entry.itemId);
  }
}

@Resolver('PackEntry')
export class PackEntryResolver {
  @ResolveField('item')
  item(@Parent() entry: { itemId: string }, @Context() context: SubgraphContext) {
    return context.loaders.itemById.load(entry.itemId);
  }
}
